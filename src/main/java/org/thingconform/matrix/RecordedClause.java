package org.thingconform.matrix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;

/**
 * One row of a run's {@code clause-matrix.json}, as the implementation matrix needs it.
 *
 * @param level    the clause's level, or null when the row did not give one
 * @param bindings binding id → the clause's verdict over it; empty for a single binding
 */
public record RecordedClause(ClauseKey key, String profile, Level level, String summary, Verdict verdict,
                             String reason, Map<String, Verdict> bindings) {

    public RecordedClause {
        bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }
}
