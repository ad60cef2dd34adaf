package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.thingconform.profile.ProfileLoader;

/**
 * What fails at run time for a static reason is found ahead (issue #15, the sync-service example):
 * a thing model with a sync service over a binding without a {@code syncServiceCall} flow gets a
 * warning at the binding when the profile loads ({@code validate} prints it), and over that binding
 * the sync clause is NOT_APPLICABLE with the reason, never an ERROR, while the async clause runs.
 */
class SyncWithoutRrpcTest {

    private static final Path PROFILE = Path.of("src/test/resources/profiles/sync-without-rrpc/profile.yaml");

    @Test
    void validateWarnsAtTheBinding() {
        List<String> warnings = new ArrayList<>();

        ProfileLoader.load(PROFILE, Map.of(), w -> warnings.add(w.toString()));

        assertThat(warnings).singleElement().asString().contains(PROFILE + ":65:")
                .contains("clause SYNC-1 calls sync service readInstant")
                .contains("binding 'alink-mqtt-no-rrpc' has no syncServiceCall flow").contains("NOT_APPLICABLE");
    }

    @Test
    void theSyncClauseIsNotApplicableOverTheBindingAndTheAsyncOneRuns() {
        EngineExecutionResults results = EngineRuns.run(PROFILE, "", null);

        Map<String, String> verdicts = EngineRuns.verdicts(results);
        assertThat(verdicts).containsEntry("ASYNC-1", "PASS").containsEntry("SYNC-1", "NOT_APPLICABLE");
        assertThat(Optional.ofNullable(EngineRuns.reasons(results).get("SYNC-1"))).hasValueSatisfying(reason ->
                assertThat(reason).contains("binding 'alink-mqtt-no-rrpc' has no syncServiceCall flow")
                        .contains("sync service 'readInstant'"));
    }
}
