package org.thingconform.report;

import java.util.ArrayList;
import java.util.List;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.IcsMismatch;

/**
 * One ICS mismatch in the clause matrix and the manifest: the item, what the platform answered,
 * what the test showed, and which test (its trace is the evidence).
 *
 * @param binding the binding the observing test ran over, or null
 * @param testId  the JUnit unique id of the observing test, or null
 */
public record IcsMismatchRow(String profile, String clause, String binding, String item, String declared,
                             String observed, String testId) {

    /** Every mismatch of {@code results}, in their order. */
    static List<IcsMismatchRow> of(List<ClauseResult> results) {
        List<IcsMismatchRow> rows = new ArrayList<>();
        for (ClauseResult r : results) {
            for (IcsMismatch m : r.icsMismatches()) {
                rows.add(new IcsMismatchRow(r.clause().profile(), r.clause().clauseId(), r.binding(), m.item(),
                        m.declared() ? "yes" : "no", m.observed(), r.testId()));
            }
        }
        return rows;
    }
}
