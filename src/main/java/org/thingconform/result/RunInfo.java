package org.thingconform.result;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.thingconform.shard.ShardOrigin;
import org.thingconform.shard.ShardSpec;

/**
 * The context of a run for the manifest: what ran, against what, when.
 *
 * @param suiteVersion the ThingConform version
 * @param start        when the run started
 * @param end          when it ended
 * @param platform     the platform descriptor as a tree, secrets already removed
 * @param profiles     the profile files with their hashes
 * @param faults       reference-platform faults switched on (empty for a real platform)
 * @param replay       the command that reruns this run's selection; a test's is this plus
 *                     {@code --case '<test id>'}; null when the run did not come from the CLI
 * @param resumed      when an interrupted run was resumed ({@code run --resume}), oldest first
 * @param kind         whether it is a certification run
 * @param confirm      how many more tries a test that did not pass got ({@code run --confirm}); 0: one try
 * @param shard        the part of a sharded run this one is ({@code run --shard i/n}), or null
 * @param shards       the shards a merged run combined ({@code thingconform merge}); empty otherwise
 * @param coverage     how much of their standards the run's profiles cover (those naming a statement list); empty otherwise
 */
public record RunInfo(String suiteVersion, Instant start, Instant end, Map<String, Object> platform,
                      List<ProfileFile> profiles, List<String> faults, String replay, List<Instant> resumed,
                      RunKind kind, int confirm, ShardSpec shard, List<ShardOrigin> shards,
                      List<StandardCoverage> coverage) {

    public RunInfo {
        coverage = coverage == null ? List.of() : List.copyOf(coverage);
        platform = Map.copyOf(platform);
        profiles = List.copyOf(profiles);
        faults = List.copyOf(faults);
        resumed = List.copyOf(resumed);
        shards = shards == null ? List.of() : List.copyOf(shards);
    }

    /** A run whose profiles name no statement list (or whose coverage is not shown). */
    public RunInfo(String suiteVersion, Instant start, Instant end, Map<String, Object> platform,
                   List<ProfileFile> profiles, List<String> faults, String replay, List<Instant> resumed,
                   RunKind kind, int confirm, ShardSpec shard, List<ShardOrigin> shards) {
        this(suiteVersion, start, end, platform, profiles, faults, replay, resumed, kind, confirm, shard, shards, List.of());
    }

    /** This run, showing how much of their standards its profiles cover. */
    public RunInfo withCoverage(List<StandardCoverage> standards) {
        return new RunInfo(suiteVersion, start, end, platform, profiles, faults, replay, resumed, kind, confirm, shard,
                shards, standards);
    }

    /** A run that is neither a shard nor a merge of shards. */
    public RunInfo(String suiteVersion, Instant start, Instant end, Map<String, Object> platform,
                   List<ProfileFile> profiles, List<String> faults, String replay, List<Instant> resumed,
                   RunKind kind, int confirm) {
        this(suiteVersion, start, end, platform, profiles, faults, replay, resumed, kind, confirm, null, List.of());
    }

    /** A run whose tests ran once each. */
    public RunInfo(String suiteVersion, Instant start, Instant end, Map<String, Object> platform,
                   List<ProfileFile> profiles, List<String> faults, String replay, List<Instant> resumed,
                   RunKind kind) {
        this(suiteVersion, start, end, platform, profiles, faults, replay, resumed, kind, 0);
    }

    /** A run neither resumed nor replayable from the CLI. */
    public RunInfo(String suiteVersion, Instant start, Instant end, Map<String, Object> platform,
                   List<ProfileFile> profiles, List<String> faults) {
        this(suiteVersion, start, end, platform, profiles, faults, null, List.of(), RunKind.NOT_CERTIFICATION);
    }

    /** The command that replays the test {@code testId} alone, or null when there is none. */
    public String replayOf(String testId) {
        return replayOf(replay, testId);
    }

    /** {@code command} narrowed to the test {@code testId}, or null when either is missing. */
    public static String replayOf(String command, String testId) {
        return command == null || testId == null ? null : command + " --case '" + testId.replace("'", "'\\''") + "'";
    }
}
