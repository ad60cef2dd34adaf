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
 * @param binding    the binding the test ran over, when the profile runs its clauses over several; else null
 * @param testId     the JUnit unique id of the test that gave it (the key of the run journal, and what
 *                   {@code thingconform run --case} replays), or null when not run as a JUnit test
 * @param icsMismatches where the test showed the platform unlike its ICS answers; empty mostly
 * @param tries      how the tries of the test went when the run confirmed it ({@code run --confirm}), or
 *                   null when it ran once
 */
public record ClauseResult(ClauseInfo clause, String caseId, Map<String, String> parameters, Verdict verdict,
                           String reason, Instant start, Instant stop, List<TraceEntry> trace, String binding,
                           String testId, List<IcsMismatch> icsMismatches, Tries tries) {

    public ClauseResult {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        trace = List.copyOf(trace);
        icsMismatches = icsMismatches == null ? List.of() : List.copyOf(icsMismatches);
    }

    /** A result of one try. */
    public ClauseResult(ClauseInfo clause, String caseId, Map<String, String> parameters, Verdict verdict,
                        String reason, Instant start, Instant stop, List<TraceEntry> trace, String binding,
                        String testId, List<IcsMismatch> icsMismatches) {
        this(clause, caseId, parameters, verdict, reason, start, stop, trace, binding, testId, icsMismatches, null);
    }

    /** A result without ICS mismatches. */
    public ClauseResult(ClauseInfo clause, String caseId, Map<String, String> parameters, Verdict verdict,
                        String reason, Instant start, Instant stop, List<TraceEntry> trace, String binding,
                        String testId) {
        this(clause, caseId, parameters, verdict, reason, start, stop, trace, binding, testId, List.of());
    }

    /** A result not (yet) tied to a JUnit test. */
    public ClauseResult(ClauseInfo clause, String caseId, Map<String, String> parameters, Verdict verdict,
                        String reason, Instant start, Instant stop, List<TraceEntry> trace, String binding) {
        this(clause, caseId, parameters, verdict, reason, start, stop, trace, binding, null);
    }

    /** A result of a profile with one binding. */
    public ClauseResult(ClauseInfo clause, String caseId, Map<String, String> parameters, Verdict verdict,
                        String reason, Instant start, Instant stop, List<TraceEntry> trace) {
        this(clause, caseId, parameters, verdict, reason, start, stop, trace, null);
    }

    /** This result, as run over {@code binding} (null: the profile's only binding). */
    public ClauseResult over(String binding) {
        return new ClauseResult(clause, caseId, parameters, verdict, reason, start, stop, trace, binding, testId,
                icsMismatches, tries);
    }

    /** This result, as given by the JUnit test {@code id}. */
    public ClauseResult withTestId(String id) {
        return new ClauseResult(clause, caseId, parameters, verdict, reason, start, stop, trace, binding, id,
                icsMismatches, tries);
    }

    /** This result with {@code verdict}, {@code reason}, {@code trace} and the ICS {@code mismatches} it showed. */
    public ClauseResult observed(Verdict verdict, String reason, List<TraceEntry> trace, List<IcsMismatch> mismatches) {
        return new ClauseResult(clause, caseId, parameters, verdict, reason, start, stop, trace, binding, testId,
                mismatches, tries);
    }

    /** This result as the verdict of confirmed {@code tries}, timed from {@code start} to {@code stop}. */
    public ClauseResult confirmed(Tries tries, Instant start, Instant stop) {
        return new ClauseResult(clause, caseId, parameters, verdict, reason, start, stop, trace, binding, testId,
                icsMismatches, tries);
    }

    /** Whether this is a FAIL that did not reproduce on every try: {@code FAIL (intermittent: k of n)}. */
    public boolean intermittent() {
        return verdict == Verdict.FAIL && tries != null && tries.disagreed();
    }

    /** The result of a clause that is tested as a whole. */
    public ClauseResult(ClauseInfo clause, Verdict verdict, String reason, Instant start, Instant stop,
                        List<TraceEntry> trace) {
        this(clause, null, Map.of(), verdict, reason, start, stop, trace);
    }
}
