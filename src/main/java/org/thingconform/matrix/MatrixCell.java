package org.thingconform.matrix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.result.Verdict;

/**
 * One implementation's verdict on one clause, merged over every run of that implementation by
 * {@link MatrixPrecedence}.
 *
 * @param verdict   the deciding verdict
 * @param reason    the reason the deciding run gave, or null (a PASS needs none)
 * @param decidedBy relative link to the results folder whose verdict decided the cell
 * @param bindings  binding id → verdict, merged over the runs by the same precedence; empty when
 *                  the clause ran over a single binding
 * @param runs      every run's own verdict and evidence, in the order the folders were given
 * @param shown     the deciding verdict as its run showed it, e.g. {@code FAIL (intermittent: 2 of 4)}
 * @param intermittent whether the deciding run confirmed a FAIL that did not reproduce on every try
 */
public record MatrixCell(Verdict verdict, String reason, String decidedBy, Map<String, Verdict> bindings,
                         List<CellRun> runs, String shown, boolean intermittent) {

    public MatrixCell {
        bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
        runs = List.copyOf(runs);
    }
}
