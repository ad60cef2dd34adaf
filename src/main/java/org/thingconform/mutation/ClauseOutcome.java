package org.thingconform.mutation;

import org.thingconform.result.ClauseResult;
import org.thingconform.result.Verdict;

/**
 * One clause's verdict in one run of the mutation (fault-free, or with one fault on): the
 * part of a {@link ClauseResult} the matrix needs, without the message trace.
 *
 * @param reason why it is not PASS; null for PASS
 */
public record ClauseOutcome(ClauseRef clause, Verdict verdict, String reason) {

    public static ClauseOutcome of(ClauseResult result) {
        return new ClauseOutcome(ClauseRef.of(result.clause()), result.verdict(), result.reason());
    }
}
