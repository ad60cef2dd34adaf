package org.thingconform.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.thingconform.report.AllureEvidence;
import org.thingconform.report.ClauseAnchor;
import org.thingconform.report.ClauseMatrixHtml;
import org.thingconform.result.Verdict;

/**
 * Merges results folders into the implementation matrix: one row per (standard, edition,
 * clause id), one column per implementation (folders of the same implementation share a
 * column), each cell decided by {@link MatrixPrecedence} with the deciding run's reason and
 * links to every run's evidence.
 */
public final class MatrixMerger {

    private MatrixMerger() {
    }

    /**
     * The matrix of {@code runs}, with links relative to {@code outDir}, where its pages are written.
     */
    public static ImplementationMatrix merge(List<ResultsFolder> runs, Path outDir, String suiteVersion) {
        RelativeLinks links = new RelativeLinks(outDir);
        Map<String, List<ResultsFolder>> byImplementation = new LinkedHashMap<>();
        runs.forEach(r -> byImplementation.computeIfAbsent(r.implementation(), k -> new ArrayList<>()).add(r));

        Map<ClauseKey, RecordedClause> firstSeen = new TreeMap<>(ClauseKey.ORDER);
        Map<ClauseKey, Map<String, List<CellRun>>> contributions = new TreeMap<>(ClauseKey.ORDER);
        for (ResultsFolder run : runs) {
            for (RecordedClause clause : run.clauses()) {
                firstSeen.putIfAbsent(clause.key(), clause);
                contributions.computeIfAbsent(clause.key(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(run.implementation(), k -> new ArrayList<>())
                        .add(cellRun(run, clause, links));
            }
        }

        List<MatrixRow> rows = new ArrayList<>();
        Map<String, List<MatrixCell>> cellsOf = new LinkedHashMap<>();
        byImplementation.keySet().forEach(name -> cellsOf.put(name, new ArrayList<>()));
        firstSeen.forEach((key, first) -> {
            Map<String, MatrixCell> cells = new LinkedHashMap<>();
            for (String implementation : byImplementation.keySet()) {
                List<CellRun> cellRuns = contributions.get(key).get(implementation);
                if (cellRuns != null) {
                    MatrixCell cell = cell(cellRuns);
                    cells.put(implementation, cell);
                    cellsOf.get(implementation).add(cell);
                }
            }
            rows.add(new MatrixRow(key.standard(), key.edition(), key.clause(), first.profile(), first.level(),
                    first.summary(), cells));
        });

        List<ImplementationColumn> columns = new ArrayList<>();
        byImplementation.forEach((name, folders) -> columns.add(new ImplementationColumn(name,
                folders.stream().map(f -> runRef(f, links)).toList(),
                ImplementationSummary.of(cellsOf.get(name), rows.size()))));
        return new ImplementationMatrix(suiteVersion, MatrixPrecedence.text(), columns, rows);
    }

    /** The cell of one implementation from what each of its runs said, in the order given. */
    static MatrixCell cell(List<CellRun> runs) {
        CellRun deciding = null;
        Map<String, Verdict> bindings = new LinkedHashMap<>();
        for (CellRun run : runs) {
            if (deciding == null || MatrixPrecedence.beats(run.verdict(), deciding.verdict())) {
                deciding = run;
            }
            run.bindings().forEach((binding, verdict) -> bindings.merge(binding, verdict, MatrixPrecedence::decide));
        }
        return new MatrixCell(deciding.verdict(), deciding.reason(), deciding.folder(), bindings, runs, deciding.shown(),
                deciding.intermittent());
    }

    private static CellRun cellRun(ResultsFolder run, RecordedClause clause, RelativeLinks links) {
        String rowLink = run.hasClauseMatrixHtml() ? links.to(run.folder().resolve(ClauseMatrixHtml.FILE_NAME))
                + ClauseAnchor.fragment(clause.profile(), clause.key().clause()) : null;
        List<EvidenceLink> allure = run.evidence().of(clause.profile(), clause.key().clause()).stream()
                .sorted(Comparator.comparing((AllureEvidence e) -> !e.notPassed()))
                .map(e -> new EvidenceLink(e.name(), e.status(), links.to(e.result()),
                        e.trace() == null ? null : links.to(e.trace())))
                .toList();
        return new CellRun(links.to(run.folder()), clause.verdict(), clause.reason(), clause.bindings(), rowLink, allure,
                clause.shown(), clause.intermittent());
    }

    private static RunRef runRef(ResultsFolder run, RelativeLinks links) {
        return new RunRef(links.to(run.folder()), run.platformName(), run.faults(), run.start(),
                run.hasClauseMatrixHtml() ? links.to(run.folder().resolve(ClauseMatrixHtml.FILE_NAME)) : null,
                run.hasAllureReport() ? links.to(run.folder().resolve("allure-report").resolve("index.html")) : null);
    }
}
