package org.thingconform.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thingconform.result.ClauseInfo;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.result.ShownVerdict;
import org.thingconform.result.Tries;
import org.thingconform.result.Verdict;
import org.thingconform.waiver.Waiver;

/**
 * One clause's line in the clause matrix: which requirement, its verdict and why.
 *
 * @param standard   the standard id
 * @param edition    the standard edition, since a clause id means different things in different editions
 * @param source     where the clause is written, as {@code file:line:column}
 * @param url        a link to the clause text, or null
 * @param durationMs how long the clause took, or null when not timed
 * @param cases      how many generated cases the clause ran, or null for a clause tested as a whole
 * @param bindings   binding id → the clause's verdict over it, when the clause ran over several
 *                   bindings; empty otherwise. {@code verdict} is the worst of them.
 * @param replay     the command that reruns alone the test the reason quotes (for a verdict other
 *                   than PASS and NOT_APPLICABLE, when the run came from the CLI); else null
 * @param waiver     the waiver that covers this clause's FAIL (the verdict stays FAIL), or null
 * @param tries      how the tries of its test went in a confirmed run ({@code run --confirm}; every try's
 *                   verdict and reason), or null when it ran once
 * @param intermittent whether the verdict is a FAIL that did not reproduce on every try (it stays FAIL)
 */
public record ClauseMatrixRow(String profile, String clause, Level level, Verdict verdict, String reason,
                              String standard, String edition, String summary, String chapter, String source,
                              String url, Long durationMs, Integer cases, Map<String, Verdict> bindings,
                              String replay, Waiver waiver, Tries tries, boolean intermittent) {

    public ClauseMatrixRow {
        bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }

    /**
     * The verdict as reports show it: {@code FAIL (intermittent: 2 of 4)}, {@code FAIL (waived: reason)},
     * else the verdict's name (see {@link ShownVerdict}).
     */
    @JsonProperty("shownVerdict")
    public String shownVerdict() {
        return ShownVerdict.of(verdict, tries, waiver == null ? null : waiver.reason());
    }

    /** The row of one result tested over the profile's only binding. */
    public static ClauseMatrixRow of(ClauseResult result) {
        return of(result, Map.of(), null, null);
    }

    /**
     * The row of one clause result, with its verdict over each binding and the command replaying
     * the test its reason quotes ({@code replay}: test id → command, or null), and the waiver of its FAIL (or null).
     */
    public static ClauseMatrixRow of(ClauseResult result, Map<String, Verdict> bindings,
                                     java.util.function.UnaryOperator<String> replay, Waiver waiver) {
        ClauseInfo clause = result.clause();
        Long durationMs = result.start() == null || result.stop() == null ? null
                : Duration.between(result.start(), result.stop()).toMillis();
        return new ClauseMatrixRow(clause.profile(), clause.clauseId(), clause.level(), result.verdict(),
                result.reason(),
                clause.standard() == null ? null : clause.standard().id(),
                clause.standard() == null ? null : clause.standard().edition(),
                clause.summary(), clause.chapter(), clause.source(), clause.url(), durationMs,
                result.parameters().containsKey("cases") ? Integer.valueOf(result.parameters().get("cases")) : null,
                bindings, replay == null || result.verdict() == Verdict.PASS || result.verdict() == Verdict.NOT_APPLICABLE
                        ? null : replay.apply(result.testId()), waiver, result.tries(), result.intermittent());
    }
}
