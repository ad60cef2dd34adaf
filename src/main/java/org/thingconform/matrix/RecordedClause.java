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
 * @param shown    the verdict as the run showed it, e.g. {@code FAIL (intermittent: 2 of 4)} or
 *                 {@code FAIL (waived: …)}; the verdict's name when the run added nothing (or is older)
 * @param intermittent whether the run confirmed a FAIL that did not reproduce on every try
 */
public record RecordedClause(ClauseKey key, String profile, Level level, String summary, Verdict verdict,
                             String reason, Map<String, Verdict> bindings, String shown, boolean intermittent) {

    public RecordedClause {
        bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }
}
