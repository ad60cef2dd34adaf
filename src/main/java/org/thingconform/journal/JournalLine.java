package org.thingconform.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import org.thingconform.result.ClauseResult;

/**
 * One line of the run journal, one JSON object: the {@link Type} says which of the other
 * fields it carries.
 *
 * @param at       when the line was written
 * @param request  for {@link Type#REQUEST}: what the run was asked to do
 * @param result   for {@link Type#RESULT}: a finished test's result, its {@code testId} the key
 * @param platform for {@link Type#PLATFORM}: the platform as the manifest records it, secrets masked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalLine(Type type, Instant at, RunRequest request, ClauseResult result, Map<String, Object> platform) {

    /** What a journal line records. */
    public enum Type {
        /** The first line: the run's request. */
        REQUEST,
        /** The platform a run (or a resume) opened. */
        PLATFORM,
        /** A finished test. */
        RESULT,
        /** A resume started. */
        RESUMED,
        /** Every selected test has a result and the reports were written. */
        COMPLETED
    }
}
