package org.thingconform.report;

import java.time.Duration;
import java.util.Map;
import org.thingconform.result.RunInfo;

/** Facts derived from a {@link RunInfo} that several report files show the same way. */
final class RunFacts {

    /** The key of the platform's human name in the descriptor tree. */
    static final String PLATFORM_NAME_KEY = "name";

    private RunFacts() {
    }

    /** The platform's name from the descriptor tree, or "unnamed platform". */
    static String platformName(RunInfo run) {
        Map<String, Object> platform = run.platform();
        Object name = platform == null ? null : platform.get(PLATFORM_NAME_KEY);
        Object version = platform == null ? null : platform.get("version");
        return (name == null || name.toString().isBlank() ? "unnamed platform" : name.toString())
                + (version == null ? "" : " " + version);
    }

    /** The run's duration, or null when start or end is unknown. */
    static Duration duration(RunInfo run) {
        return run.start() == null || run.end() == null ? null : Duration.between(run.start(), run.end());
    }

    /** The faults as one line, "none" when there are none. */
    static String faults(RunInfo run) {
        return run.faults().isEmpty() ? "none" : String.join(", ", run.faults());
    }
}
