package org.thingconform.matrix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thingconform.result.Level;

/**
 * One requirement's line in the implementation matrix, keyed by (standard, edition, clause id).
 * Profile, level and summary are the first run's that has the clause.
 *
 * @param cells implementation name → its merged verdict; an implementation none of whose runs
 *              has the clause has no cell (shown as "not run")
 */
public record MatrixRow(String standard, String edition, String clause, String profile, Level level,
                        String summary, Map<String, MatrixCell> cells) {

    public MatrixRow {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }
}
