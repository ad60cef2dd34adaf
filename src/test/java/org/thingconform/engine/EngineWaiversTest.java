package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventType;

/**
 * The engine with {@value EngineConfig#WAIVERS}, as Surefire or an IDE runs it: a waived FAIL keeps
 * its verdict and its failed test status and gains the waiver's reason; an expired waiver stops the run.
 */
class EngineWaiversTest {

    @Test
    void aWaivedFailKeepsItsVerdictAndCarriesTheWaiversReason(@TempDir Path dir) throws IOException {
        EngineExecutionResults results = run(waivers(dir, "2099-12-31"));

        List<ReportEntry> entries = results.allEvents().stream()
                .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow())
                .filter(entry -> entry.getKeyValuePairs().containsKey(ThingConformTestEngine.VERDICT_KEY)).toList();
        assertThat(entries).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.getKeyValuePairs()).containsEntry(ThingConformTestEngine.VERDICT_KEY, "FAIL")
                    .containsEntry(ThingConformTestEngine.WAIVED_KEY, "fix ships in 4.3");
        });
        results.testEvents().assertStatistics(stats -> stats.failed(1).succeeded(0));
    }

    @Test
    void anExpiredWaiverStopsTheRunWithItsLocation(@TempDir Path dir) throws IOException {
        Path waivers = waivers(dir, "2026-01-31");

        EngineExecutionResults results = run(waivers);

        assertThat(results.testEvents().started().count()).isZero();
        TestExecutionResult root = results.containerEvents().finished().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow())
                .filter(r -> r.getStatus() == TestExecutionResult.Status.FAILED).findFirst().orElseThrow();
        assertThat(root.getThrowable().orElseThrow().getMessage()).contains("waivers.yaml:2:5: error: the waiver for "
                + "tsl-alink-mqtt draft-2026-11 TM-5.2.3 expired on 2026-01-31");
    }

    private static EngineExecutionResults run(Path waivers) {
        return EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(EngineRuns.SHIPPED.toFile()))
                .configurationParameter(EngineConfig.FAULTS, "accept-out-of-range")
                .configurationParameter(EngineConfig.CLAUSES, "TM-5.2.3")
                .configurationParameter(EngineConfig.BINDINGS, "alink-mqtt")
                .configurationParameter(EngineConfig.CLOCK, "2026-12-04T17:00:00Z")
                .configurationParameter(EngineConfig.WAIVERS, waivers.toString())
                .execute();
    }

    private static Path waivers(Path dir, String expires) throws IOException {
        return Files.writeString(dir.resolve("waivers.yaml"), "waivers:\n"
                + "  - profile: tsl-alink-mqtt\n"
                + "    edition: draft-2026-11\n"
                + "    clause: TM-5.2.3\n"
                + "    reason: fix ships in 4.3\n"
                + "    reference: https://example.com/issues/16\n"
                + "    approver: A. Lead\n"
                + "    granted: 2026-01-01\n"
                + "    expires: " + expires + "\n");
    }
}
