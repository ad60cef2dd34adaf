package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.DescriptorLoader;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Verdict;

/**
 * The lwm2m profile against a real LwM2M server, Eclipse Leshan's demo server 2.0.0-M4, started with
 * {@code scripts/real-sut.sh leshan start} as a JVM of its own (it bundles Californium 2; the suite uses
 * Californium 3, so it never joins the test class path). The build copies its jar from Maven Central into
 * {@code target/real-sut/leshan} ({@code copy-leshan-demo-server} in the POM), the script's state folder here.
 * Every clause's verdict is checked against the one examined in {@code reports/findings.md}: PASS, but the
 * passive-only cancel of an observation (LWM2M-6.4.3-1) and the Read of the Security object Leshan sends
 * on (LWM2M-6.3-1, a SHOULD) are FAILs; a change on either side shows here. Skipped where python3 (which the
 * script picks free ports with) is missing, unless {@code THINGCONFORM_REAL_SUTS=required} (CI), where that is
 * a failure.
 */
class LeshanRealSutTest {

    private static final boolean REQUIRED = "required".equals(System.getenv("THINGCONFORM_REAL_SUTS"));
    private static final Path PROFILE = Path.of("test-profiles/lwm2m/profile.yaml");
    private static final Path STATE = Path.of("target/real-sut");
    private static final long SCRIPT_LIMIT_SECONDS = 120;
    private static final int JOBS = 4;
    /** The clauses Leshan 2.0.0-M4 fails, each with what its reason must say; every other clause passes. */
    private static final Map<String, String> EXPECTED_FAILS = Map.of(
            "LWM2M-6.3-1", "expected the server to send the client nothing on object 0; observed GET /0/0/0",
            "LWM2M-6.4.3-1", "with Observe 1 and the observation's token");

    /**
     * Left out of the build: queue mode waits Leshan's fixed awake time of 93 s (the descriptor's IXIT) before the
     * client counts as offline; scripts/real-systems-matrix.sh runs it (PASS: Leshan's API refuses a request for a
     * sleeping client and sends nothing, recorded as observed).
     */
    private static final Set<String> TOO_SLOW_FOR_THE_BUILD = Set.of("LWM2M-6.2.1-6");
    /** The clauses whose ICS item the descriptor answers no (composite operations: not in the demo's REST API). */
    private static final Set<String> NOT_APPLICABLE = Set.of("LWM2M-6.3.8-1", "LWM2M-6.3.9-1");

    private static Profile profile;
    private static List<Clause> ran;
    private static Map<String, ClauseResult> results;

    @BeforeAll
    static void runTheProfileAgainstLeshan() throws Exception {
        if (!onPath("python3")) {
            if (REQUIRED) {
                fail("THINGCONFORM_REAL_SUTS=required, but python3 is not on the PATH: scripts/real-sut.sh cannot "
                        + "start Leshan");
            }
            Assumptions.abort("python3 is not installed: Leshan is not tested (set THINGCONFORM_REAL_SUTS=required to "
                    + "make this a failure)");
        }
        List<String> out = realSut("start");
        PlatformDescriptor descriptor = DescriptorLoader.load(Path.of(out.get(out.size() - 1).trim()));
        profile = ProfileLoader.load(PROFILE);
        CaseExpander expander = new CaseExpander(EngineConfig.DEFAULT_SEED, Instant.now());
        // side by side as the CLI runs them (each clause's clients have endpoint names of their own): the
        // lifetime-expiry clause alone waits ~13 s, so one after the other would take twice as long
        Map<String, Boolean> answers = new LinkedHashMap<>();
        profile.ics().forEach(item -> answers.put(item.id(), descriptor.ics().get(item.id())));
        ran = profile.clauses().stream().filter(c -> !TOO_SLOW_FOR_THE_BUILD.contains(c.id()))
                .filter(c -> Applicability.notApplicableReason(c, null, answers).isEmpty()).toList();
        List<ClauseResult> run = ClauseRunner.runWhole(profile, ran, descriptor, expander, b -> true, JOBS);
        results = new LinkedHashMap<>();
        for (int i = 0; i < run.size(); i++) {
            results.put(ran.get(i).id(), run.get(i));
        }
    }

    @AfterAll
    static void stopLeshan() throws Exception {
        if (results != null || Files.exists(STATE.resolve("leshan/pid"))) {
            realSut("stop");
        }
    }

    @Test
    void everyClauseHasTheVerdictExaminedInTheFindings() {
        Map<String, Verdict> expected = new LinkedHashMap<>();
        ran.forEach(c -> expected.put(c.id(), EXPECTED_FAILS.containsKey(c.id()) ? Verdict.FAIL : Verdict.PASS));
        Map<String, String> observed = new LinkedHashMap<>();
        results.forEach((id, result) -> observed.put(id, result.verdict() + (result.verdict() == expected.get(id) ? ""
                : ": " + result.reason())));
        Map<String, String> wanted = new LinkedHashMap<>();
        expected.forEach((id, verdict) -> wanted.put(id, verdict.toString()));

        assertThat(observed).as("verdict per clause (the unexpected ones with their reasons)").isEqualTo(wanted);
        assertThat(expected).hasSize(31);
        assertThat(profile.clauses()).extracting(Clause::id).filteredOn(id -> !expected.containsKey(id))
                .as("the clauses not run: the slow one and those the ICS leaves out")
                .containsExactlyInAnyOrderElementsOf(union(TOO_SLOW_FOR_THE_BUILD, NOT_APPLICABLE));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void theFailsAreTheExaminedDeviations() {
        EXPECTED_FAILS.forEach((id, reason) -> assertThat(results.get(id).reason()).as(id).contains(reason));
    }

    private static List<String> realSut(String action) throws IOException, InterruptedException {
        return RealSutScript.run("leshan", action, STATE, SCRIPT_LIMIT_SECONDS);
    }

    private static boolean onPath(String command) {
        return RealSutScript.onPath(command);
    }
}
