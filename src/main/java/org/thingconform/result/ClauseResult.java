package org.thingconform.result;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.trace.TraceEntry;

/**
 * The verdict on one clause, or on one generated case of a clause, with its evidence: the
 * reason when not PASS and every message the test exchanged.
 *
 * @param caseId     the generated case within the clause ({@code voltage/invalid.above-max}), or null
 * @param parameters what the case is about (element, data type, family, value, seed); empty for a plain clause
 */
public record ClauseResult(ClauseInfo clause, String caseId, Map<String, String> parameters, Verdict verdict,
                           String reason, Instant start, Instant stop, List<TraceEntry> trace) {

    public ClauseResult {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        trace = List.copyOf(trace);
    }

    /** The result of a clause that is tested as a whole. */
    public ClauseResult(ClauseInfo clause, Verdict verdict, String reason, Instant start, Instant stop,
                        List<TraceEntry> trace) {
        this(clause, null, Map.of(), verdict, reason, start, stop, trace);
    }
}
