package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The wot-td profile against a real WoT servient, node-wot 0.8.16, started with
 * {@code scripts/real-sut.sh node-wot start}: the TD clauses pass, form hrefs advertising
 * 192.0.2.2 are rebased onto 127.0.0.1 in the trace, and node-wot's known deviation (an invalid
 * write answered 500 instead of 4xx) is a FAIL quoting the answer. Skipped where node or npm is
 * missing, unless {@code THINGCONFORM_REAL_SUTS=required} (CI), where that is a failure.
 */
class NodeWotRealSutTest {

    private static final boolean REQUIRED = "required".equals(System.getenv("THINGCONFORM_REAL_SUTS"));
    private static final long START_LIMIT_SECONDS = 240;

    private static Map<String, ClauseResult> results;

    @BeforeAll
    static void runTheProfileAgainstNodeWot() throws Exception {
        if (!onPath("node") || !onPath("npm")) {
            if (REQUIRED) {
                fail("THINGCONFORM_REAL_SUTS=required, but node or npm is not on the PATH: node-wot cannot be run");
            }
            Assumptions.abort("node or npm is not installed: node-wot is not tested (set THINGCONFORM_REAL_SUTS=required "
                    + "to make this a failure)");
        }
        List<String> out = realSut("start");
        Path descriptorFile = Path.of(out.get(out.size() - 1).trim());
        PlatformDescriptor descriptor = DescriptorLoader.load(descriptorFile);
        Profile profile = ProfileLoader.load(WotTdProfileTest.PROFILE);
        CaseExpander expander = new CaseExpander(EngineConfig.DEFAULT_SEED, Instant.now());
        results = new TreeMap<>();
        for (Clause clause : profile.clauses()) {
            results.put(clause.id(), ClauseRunner.runWhole(profile, clause, descriptor, expander, b -> true));
        }
    }

    @AfterAll
    static void stopNodeWot() throws Exception {
        if (onPath("node")) {
            realSut("stop");
        }
    }

    @Test
    void theTdClausesPass() {
        for (String id : List.of("tc-td-schema", "td-context", "td-vocab-title--Thing", "td-vocab-security--Thing",
                "td-vocab-securityDefinitions--Thing", "td-security-mandatory", "td-op-for-property")) {
            assertThat(results.get(id).verdict()).as("%s: %s", id, results.get(id).reason()).isEqualTo(Verdict.PASS);
        }
    }

    @Test
    void formsAreFollowedOnTheDescriptorsHostWithTheRebasingTraced() {
        for (String id : List.of("td-default-http-method", "tc-wot-http-readproperty", "tc-wot-http-writeproperty",
                "tc-wot-http-invokeaction", "tc-wot-http-subscribeevent", "tc-wot-coap-readproperty",
                "tc-wot-coap-writeproperty")) {
            assertThat(results.get(id).verdict()).as("%s: %s", id, results.get(id).reason()).isEqualTo(Verdict.PASS);
        }
        assertThat(results.get("tc-wot-http-readproperty").trace()).extracting(e -> e.toLine())
                .anySatisfy(line -> assertThat(line).contains("http://127.0.0.1:")
                        .contains("rebasedFrom=http://192.0.2.2:"));
        assertThat(results.get("tc-wot-coap-writeproperty").trace()).extracting(e -> e.toLine())
                .anySatisfy(line -> assertThat(line).contains("coap://127.0.0.1:")
                        .contains("rebasedFrom=coap://192.0.2.2:"));
    }

    @Test
    void anInvalidWriteAnswered500IsAFailQuotingTheAnswer() {
        ClauseResult result = results.get("tc-wot-http-writeproperty-invalid");

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.reason()).contains("expected a client error (4xx) to PUT http://127.0.0.1:")
                .contains("observed status 500");
    }

    private static List<String> realSut(String action) throws IOException, InterruptedException {
        return RealSutScript.run("node-wot", action, null, START_LIMIT_SECONDS);
    }

    private static boolean onPath(String command) {
        return RealSutScript.onPath(command);
    }
}
