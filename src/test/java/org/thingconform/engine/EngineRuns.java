package org.thingconform.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Runs the engine on a profile with junit-platform-testkit and collects clause → verdict. */
public final class EngineRuns {

    static final Path SHIPPED = Path.of("test-profiles/tsl-alink-mqtt/profile.yaml");

    private EngineRuns() {
    }

    static EngineExecutionResults run(Path profile, String faults, Path reportsDir) {
        var builder = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(profile.toFile()))
                .configurationParameter(EngineConfig.FAULTS, faults);
        if (reportsDir != null) {
            builder.configurationParameter(EngineConfig.REPORTS_DIR, reportsDir.toString());
        }
        return builder.execute();
    }

    /** Runs {@code profile} with the engine configuration {@code parameters}. */
    static EngineExecutionResults run(Path profile, Map<String, String> parameters) {
        return EngineTestKit.engine(ThingConformTestEngine.ID).selectors(DiscoverySelectors.selectFile(profile.toFile()))
                .configurationParameters(parameters).execute();
    }

    /** clause id (or case id) → verdict name, from the engine's report entries; a clause's binding runs folded in. */
    public static Map<String, String> verdicts(EngineExecutionResults results) {
        Map<String, String> verdicts = new TreeMap<>();
        results.allEvents().stream().filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
                .filter(e -> !isBindingRun(e)).forEach(e -> {
            ReportEntry entry = e.getPayload(ReportEntry.class).orElseThrow();
            if (entry.getKeyValuePairs().containsKey(ThingConformTestEngine.VERDICT_KEY)) {
                verdicts.put(clauseId(e), entry.getKeyValuePairs().get(ThingConformTestEngine.VERDICT_KEY));
            }
        });
        return verdicts;
    }

    /** clause id → reason, for the clauses that have one. */
    static Map<String, String> reasons(EngineExecutionResults results) {
        Map<String, String> reasons = new TreeMap<>();
        results.allEvents().stream().filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
                .filter(e -> !isBindingRun(e)).forEach(e -> {
            String reason = e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()
                    .get(ThingConformTestEngine.REASON_KEY);
            if (reason != null) {
                reasons.put(clauseId(e), reason);
            }
        });
        return reasons;
    }

    /** clause id (or case id) → "VERDICT reason" (the reason "null" when there is none), for checks of both. */
    public static Map<String, String> outcomes(EngineExecutionResults results) {
        Map<String, String> reasons = reasons(results);
        Map<String, String> outcomes = new TreeMap<>();
        verdicts(results).forEach((clause, verdict) -> outcomes.put(clause, verdict + " " + reasons.get(clause)));
        return outcomes;
    }

    private static boolean isBindingRun(Event event) {
        return event.getTestDescriptor().getUniqueId().getLastSegment().getType().equals(ClauseDescriptor.BINDING_SEGMENT);
    }

    private static String clauseId(Event event) {
        return event.getTestDescriptor().getUniqueId().getLastSegment().getValue();
    }
}
