package org.thingconform.result;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The context of a run for the manifest: what ran, against what, when.
 *
 * @param suiteVersion the ThingConform version
 * @param start        when the run started
 * @param end          when it ended
 * @param platform     the platform descriptor as a tree, secrets already removed
 * @param profiles     the profile files with their hashes
 * @param faults       reference-platform faults switched on (empty for a real platform)
 */
public record RunInfo(String suiteVersion, Instant start, Instant end, Map<String, Object> platform,
                      List<ProfileFile> profiles, List<String> faults) {

    public RunInfo {
        platform = Map.copyOf(platform);
        profiles = List.copyOf(profiles);
        faults = List.copyOf(faults);
    }
}
