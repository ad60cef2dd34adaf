package org.thingconform.report;

import java.time.Duration;
import org.thingconform.result.ClauseInfo;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;

/**
 * One clause's line in the clause matrix: which requirement, its verdict and why.
 *
 * @param standard   the standard id
 * @param edition    the standard edition, since a clause id means different things in different editions
 * @param source     where the clause is written, as {@code file:line:column}
 * @param url        a link to the clause text, or null
 * @param durationMs how long the clause took, or null when not timed
 * @param cases      how many generated cases the clause ran, or null for a clause tested as a whole
 */
public record ClauseMatrixRow(String profile, String clause, Level level, Verdict verdict, String reason,
                              String standard, String edition, String summary, String chapter, String source,
                              String url, Long durationMs, Integer cases) {

    /** The row of one result. */
    public static ClauseMatrixRow of(ClauseResult result) {
        ClauseInfo clause = result.clause();
        Long durationMs = result.start() == null || result.stop() == null ? null
                : Duration.between(result.start(), result.stop()).toMillis();
        return new ClauseMatrixRow(clause.profile(), clause.clauseId(), clause.level(), result.verdict(),
                result.reason(),
                clause.standard() == null ? null : clause.standard().id(),
                clause.standard() == null ? null : clause.standard().edition(),
                clause.summary(), clause.chapter(), clause.source(), clause.url(), durationMs,
                result.parameters().containsKey("cases") ? Integer.valueOf(result.parameters().get("cases")) : null);
    }
}
