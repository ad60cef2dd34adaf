package org.thingconform.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.thingconform.shard.ShardOrigin;
import org.thingconform.result.ClauseResult;

/**
 * One line of the run journal, one JSON object: the {@link Type} says which of the other
 * fields it carries.
 *
 * @param at       when the line was written
 * @param request  for {@link Type#REQUEST}: what the run was asked to do
 * @param result   for {@link Type#RESULT}: a finished test's result, its {@code testId} the key
 * @param platform for {@link Type#PLATFORM}: the platform as the manifest records it, secrets masked
 * @param host     for {@link Type#REQUEST}: the host the run started on (a sharded run's shards name theirs)
 * @param shards   for {@link Type#MERGED}: the shards {@code thingconform merge} combined into this journal
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalLine(Type type, Instant at, RunRequest request, ClauseResult result, Map<String, Object> platform,
                          String host, List<ShardOrigin> shards) {

    /** A line without host or shards. */
    public JournalLine(Type type, Instant at, RunRequest request, ClauseResult result, Map<String, Object> platform) {
        this(type, at, request, result, platform, null, null);
    }

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
        COMPLETED,
        /** The journal was merged from the journals of a sharded run's shards ({@code thingconform merge}). */
        MERGED
    }
}
