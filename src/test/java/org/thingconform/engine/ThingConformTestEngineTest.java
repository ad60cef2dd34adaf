package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The engine end to end on the shipped profile, with junit-platform-testkit. */
class ThingConformTestEngineTest {

    @Test
    void everyClauseOfTheShippedProfilePassesAgainstTheFaultFreeReferencePlatform(@TempDir Path reports)
            throws Exception {
        // over one binding: ShippedProfilesSuiteTest runs every shipped profile over all of them
        EngineExecutionResults results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(EngineRuns.SHIPPED.toFile()))
                .configurationParameter(EngineConfig.BINDINGS, "alink-mqtt")
                .configurationParameter(EngineConfig.REPORTS_DIR, reports.toString())
                .execute();

        Map<String, String> verdicts = EngineRuns.verdicts(results);
        assertThat(verdicts).hasSizeGreaterThanOrEqualTo(8);
        assertThat(verdicts).allSatisfy((clause, verdict) -> assertThat(verdict)
                .as("%s: %s", clause, EngineRuns.reasons(results).get(clause)).isEqualTo("PASS"));
        long tests = results.testEvents().started().count();
        assertThat(tests).as("8 plain clauses and the generated cases").isGreaterThan(8 + 50);
        results.testEvents().assertStatistics(stats -> stats.succeeded(tests).failed(0).aborted(0).skipped(0));
        assertThat(reports.resolve("clause-matrix.json")).exists();
        assertThat(Files.readString(reports.resolve("clause-matrix.json"))).contains("\"TM-5.2.1\"");
    }

    @Test
    void discoveryBuildsProfileContainersAndClauseTestsWithYamlSourcesAndLevelTags() {
        var discovered = new ThingConformTestEngine().discover(
                LauncherDiscoveryRequestBuilder.request()
                        .selectors(DiscoverySelectors.selectFile(EngineRuns.SHIPPED.toFile())).build(),
                UniqueId.forEngine(ThingConformTestEngine.ID));

        var profile = discovered.getChildren().iterator().next();
        assertThat(profile.getUniqueId().getLastSegment().getType()).isEqualTo(ProfileDescriptor.SEGMENT);
        assertThat(profile.getUniqueId().getLastSegment().getValue())
                .isEqualTo("test-profiles/tsl-alink-mqtt/profile.yaml");
        var clause = profile.getChildren().iterator().next();
        assertThat(clause.getUniqueId().getLastSegment().getValue()).isEqualTo("TM-5.1.1");
        assertThat(clause.getTags()).extracting(TestTag::getName).contains("must", "mqtt", "authentication");
        FileSource source = (FileSource) clause.getSource().orElseThrow();
        assertThat(source.getFile().toPath()).endsWith(Path.of("tsl-alink-mqtt", "profile.yaml"));
        assertThat(source.getPosition()).get().extracting(FilePosition::getLine).isEqualTo(
                ((ClauseDescriptor) clause).clause().location().line());
    }

    @Test
    void aUniqueIdSelectorRunsExactlyOneClauseOverOneBinding() {
        UniqueId clause = UniqueId.forEngine(ThingConformTestEngine.ID)
                .append(ProfileDescriptor.SEGMENT, "test-profiles/tsl-alink-mqtt/profile.yaml")
                .append(ClauseDescriptor.SEGMENT, "TM-5.2.1");
        EngineExecutionResults one = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectUniqueId(clause.append(ClauseDescriptor.BINDING_SEGMENT,
                        "alink-mqtt5"))).execute();
        EngineExecutionResults both = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectUniqueId(clause)).execute();

        one.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        one.testEvents().assertThatEvents().haveExactly(1, finishedSuccessfully());
        assertThat(one.testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("alink-mqtt5");
        both.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4)); // over each of the four bindings
    }
}
