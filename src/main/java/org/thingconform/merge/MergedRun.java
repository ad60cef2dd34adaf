package org.thingconform.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.journal.RunRequest;
import org.thingconform.result.ClauseResult;
import org.thingconform.shard.ShardOrigin;
import org.thingconform.shard.ShardSpec;

/**
 * The whole run that shards were part of: its request (the shards' own, without {@code --shard}, started when
 * the first shard started), every shard by index (a missing one as {@link ShardOrigin#missing}), the platform the
 * first shard recorded, and every result the shards journaled. Written as a journal, it renders as one run: the
 * engine combines case and binding verdicts into clause verdicts as it always does.
 *
 * <p>Fleet measurements are added here, not averaged ({@link FleetParts}): a fleet clause ran in every shard, each
 * driving its own {@link ShardSpec#slice} of the fleet, so its shards' counts and latency histograms are summed and
 * the sum is judged against the clause's thresholds.
 *
 * @param notes one line each: missing shards, shards that did not complete, clocks that differ
 */
public record MergedRun(RunRequest request, List<ShardOrigin> shards, Map<String, Object> platform,
                        List<ClauseResult> results, List<String> notes) {

    /** The run {@code folders} (checked by {@link ShardsTogether}) were part of. */
    public static MergedRun of(List<ShardFolder> folders) {
        ShardFolder first = folders.get(0);
        int count = first.shard().count();
        List<ShardOrigin> shards = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int index = 1; index <= count; index++) {
            ShardSpec spec = new ShardSpec(index, count);
            Optional<ShardFolder> folder = folders.stream().filter(f -> f.shard().index() == spec.index()).findFirst();
            if (folder.isEmpty()) {
                shards.add(ShardOrigin.missing(spec));
                notes.add("shard " + spec.label() + ": missing (no folder given holds it); its tests are NOT_RUN");
                continue;
            }
            ShardOrigin origin = folder.get().origin();
            shards.add(origin);
            if (!origin.completed()) {
                notes.add("shard " + spec.label() + " (" + origin.folder() + ") did not complete: its tests without a "
                        + "result are NOT_RUN ('thingconform run --resume " + origin.folder() + "' finishes it; then merge "
                        + "again)");
            }
        }
        List<Instant> clocks = folders.stream().map(f -> f.journal().request().clock()).distinct().toList();
        if (clocks.size() > 1) {
            notes.add("note: the shards ran with different --clock values " + clocks + "; a replay command uses "
                    + first.shard().label() + "'s, so a generated date value of another shard's test may differ on "
                    + "replay (give every shard the same --clock)");
        }
        // a test is one shard's, but a fleet's test is every shard's: their parts are added up (FleetParts)
        Map<String, List<FleetParts.ShardResult>> byTest = new LinkedHashMap<>();
        folders.stream().sorted(Comparator.comparingInt(f -> f.shard().index()))
                .forEach(f -> f.journal().results().forEach((id, result) -> byTest.computeIfAbsent(id,
                        k -> new ArrayList<>()).add(new FleetParts.ShardResult(f.shard().label(), result))));
        Map<String, ClauseResult> results = new LinkedHashMap<>();
        byTest.forEach((id, parts) -> results.put(id, FleetParts.combine(parts)));
        Instant start = folders.stream().map(f -> f.journal().request().startedAt()).min(Comparator.naturalOrder())
                .orElseThrow();
        Map<String, Object> platform = new LinkedHashMap<>(folders.stream().map(f -> f.journal().platform())
                .filter(p -> !p.isEmpty()).findFirst().orElse(Map.of()));
        platform.remove("shard"); // the merged run is no shard
        return new MergedRun(first.journal().request().asPartOf(null, start), shards, platform,
                List.copyOf(results.values()), notes);
    }
}
