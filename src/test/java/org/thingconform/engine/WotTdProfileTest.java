package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.FaultInfo;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Verdict;

/**
 * The wot-td profile against the embedded reference platform's WoT lamp (one platform for the
 * class): every clause passes fault-free with the TD fetch and form operations traced, and a
 * sample of the TD faults fail exactly the clauses they declare (the mutation run covers all).
 */
class WotTdProfileTest {

    static final Path PROFILE = Path.of("test-profiles/wot-td/profile.yaml");

    private static Profile profile;
    private static EmbeddedPlatform platform;

    @BeforeAll
    static void startPlatform() {
        profile = ProfileLoader.load(PROFILE);
        platform = PlatformSession.startEmbedded(List.of(profile), Set.of());
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @AfterEach
    void faultsOff() {
        platform.switchFaults(Set.of());
    }

    private static Map<String, ClauseResult> runAll() {
        CaseExpander expander = new CaseExpander(EngineConfig.DEFAULT_SEED, Instant.now());
        Map<String, ClauseResult> results = new TreeMap<>();
        for (Clause clause : profile.clauses()) {
            results.put(clause.id(), ClauseRunner.runWhole(profile, clause, platform.descriptor(), expander, b -> true));
        }
        return results;
    }

    @Test
    void everyClausePassesAgainstTheReferenceLamp() {
        Map<String, ClauseResult> results = runAll();

        assertThat(results).hasSize(16).allSatisfy((id, result) ->
                assertThat(result.verdict()).as("%s: %s", id, result.reason()).isEqualTo(Verdict.PASS));
        assertThat(results.get("td-default-http-method").trace()).extracting(e -> e.toLine())
                .anySatisfy(line -> assertThat(line).contains("GET").contains("/lamp/properties/brightness"))
                .anySatisfy(line -> assertThat(line).contains("PUT").contains("/lamp/properties/on"))
                .anySatisfy(line -> assertThat(line).contains("POST").contains("/lamp/actions/fade"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"td-security-undefined", "td-wrong-default-method", "td-wrong-content-type"})
    void aTdFaultFailsExactlyItsClauses(String fault) {
        FaultInfo info = PlatformSession.provider().faults().stream().filter(f -> f.name().equals(fault)).findFirst().orElseThrow();
        platform.switchFaults(Set.of(fault));

        Map<String, ClauseResult> results = runAll();

        assertThat(results.entrySet().stream().filter(e -> e.getValue().verdict() != Verdict.PASS)
                .map(Map.Entry::getKey)).containsExactlyInAnyOrderElementsOf(info.clauses());
        assertThat(info.clauses()).allSatisfy(id -> assertThat(results.get(id).verdict()).isEqualTo(Verdict.FAIL));
    }

    @Test
    void anInvalidWriteTheLampAcceptsIsReportedWithTheStatusItAnswered() {
        platform.switchFaults(Set.of("td-write-invalid-accepted"));

        ClauseResult result = ClauseRunner.runWhole(profile, profile.clause("tc-wot-http-writeproperty-invalid")
                .orElseThrow(), platform.descriptor(), new CaseExpander(EngineConfig.DEFAULT_SEED, Instant.now()), b -> true);

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);

        assertThat(result.reason()).contains("expected a client error (4xx) to PUT http://127.0.0.1:")
                .contains("/lamp/properties/brightness").contains("observed status 204");
    }
}
