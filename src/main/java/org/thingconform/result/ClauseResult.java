package org.thingconform.result;

import java.time.Instant;
import java.util.List;
import org.thingconform.trace.TraceEntry;

/**
 * The verdict on one clause with its evidence: the reason when not PASS and every
 * message the test exchanged.
 */
public record ClauseResult(ClauseInfo clause, Verdict verdict, String reason, Instant start, Instant stop,
                           List<TraceEntry> trace) {

    public ClauseResult {
        trace = List.copyOf(trace);
    }
}
