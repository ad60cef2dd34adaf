package org.thingconform.matrix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.result.Verdict;

/**
 * What one run said about a clause, inside a matrix cell: its verdict and reason, and where the
 * evidence is in that run's results folder.
 *
 * @param folder       relative link to the results folder
 * @param bindings     binding id → verdict in this run; empty for a single binding
 * @param clauseMatrix relative link to the clause's row in the run's {@code clause-matrix.html}, or null
 *                     when the folder has no such page
 * @param allure       the clause's Allure results in that run, not passed first
 * @param shown        the verdict as the run showed it (intermittent, waived), else the verdict's name
 * @param intermittent whether the run confirmed a FAIL that did not reproduce on every try
 */
public record CellRun(String folder, Verdict verdict, String reason, Map<String, Verdict> bindings,
                      String clauseMatrix, List<EvidenceLink> allure, String shown, boolean intermittent) {

    public CellRun {
        bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
        allure = List.copyOf(allure);
    }
}
