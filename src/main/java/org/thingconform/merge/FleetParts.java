package org.thingconform.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.measure.FleetJudgement;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetThresholds;
import org.thingconform.measure.FleetTrace;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Verdict;
import org.thingconform.trace.MessageTrace;
import org.thingconform.trace.TraceEntry;

/**
 * One fleet clause's results from the shards that each drove part of its fleet, as one result: the parts'
 * measurements added (counts summed, latency histograms added, never averaged), judged again against the thresholds
 * the parts recorded, so the verdict is the whole fleet's. A part that could not measure (ERROR, INCONCLUSIVE,
 * NOT_RUN) decides the verdict instead, saying which shard.
 */
final class FleetParts {

    private FleetParts() {
    }

    /** {@code parts} (one per shard, in shard order) as one result. */
    static ClauseResult combine(List<ShardResult> parts) {
        ClauseResult first = parts.get(0).result();
        if (parts.size() == 1) {
            return first;
        }
        Map<String, FleetReport> total = new LinkedHashMap<>();
        Map<String, FleetThresholds> thresholds = new LinkedHashMap<>();
        List<TraceEntry> kept = new ArrayList<>();
        for (ShardResult part : parts) {
            FleetTrace.read(part.result().trace()).forEach((fleet, report) -> total.merge(fleet, report, FleetReport::plus));
            thresholds.putAll(FleetTrace.thresholds(part.result().trace()));
            part.result().trace().stream().filter(FleetParts::keptAsItIs).forEach(kept::add);
        }
        MessageTrace trace = new MessageTrace();
        kept.stream().sorted(Comparator.comparing(TraceEntry::time)).forEach(trace::add);
        total.forEach((fleet, report) -> FleetTrace.record(trace, fleet, report));

        Verdict verdict = Verdict.PASS;
        String reason = null;
        Optional<ShardResult> undecided = parts.stream()
                .filter(p -> p.result().verdict() != Verdict.PASS && p.result().verdict() != Verdict.FAIL)
                .max(Comparator.comparing(p -> p.result().verdict()));
        if (undecided.isPresent()) {
            verdict = undecided.get().result().verdict();
            reason = "shard " + undecided.get().shard() + ": " + undecided.get().result().reason();
        } else {
            List<String> failures = new ArrayList<>();
            total.forEach((fleet, report) -> FleetJudgement.failure(thresholds.get(fleet), report)
                    .ifPresent(failures::add));
            if (!failures.isEmpty()) {
                verdict = Verdict.FAIL;
                reason = "the " + parts.size() + " shards' fleets together: " + String.join("; ", failures);
            } else if (parts.stream().anyMatch(p -> p.result().verdict() == Verdict.FAIL)) {
                // a part failed on something else than its fleet's thresholds (another step of the clause)
                ShardResult failed = parts.stream().filter(p -> p.result().verdict() == Verdict.FAIL).findFirst().get();
                verdict = Verdict.FAIL;
                reason = "shard " + failed.shard() + ": " + failed.result().reason();
            }
        }
        Instant start = parts.stream().map(p -> p.result().start()).min(Comparator.naturalOrder()).orElseThrow();
        Instant stop = parts.stream().map(p -> p.result().stop()).max(Comparator.naturalOrder()).orElseThrow();
        return new ClauseResult(first.clause(), first.caseId(), first.parameters(), verdict, reason, start, stop,
                trace.entries(), first.binding(), first.testId(), first.icsMismatches(), null);
    }

    /** A part's entry the combined trace keeps as it is: all but the per-part totals and seconds, added up instead. */
    private static boolean keptAsItIs(TraceEntry entry) {
        return !FleetTrace.PROTOCOL.equals(entry.protocol()) || FleetTrace.LOAD.equals(entry.kind());
    }

    /** A shard's result of a test, with the shard's label ({@code 2/3}). */
    record ShardResult(String shard, ClauseResult result) {
    }
}
