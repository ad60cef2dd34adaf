package org.thingconform.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.thingconform.matrix.ImplementationMatrix;
import org.thingconform.matrix.ImplementationMatrixHtml;
import org.thingconform.matrix.ImplementationMatrixText;
import org.thingconform.matrix.MatrixMerger;
import org.thingconform.matrix.ResultsFolder;
import org.thingconform.matrix.ResultsFolderReader;
import org.thingconform.report.ReportFileIo;
import org.thingconform.report.ReportJson;
import org.thingconform.report.ReportWriteException;
import org.thingconform.result.SuiteVersion;
import org.thingconform.source.BadInputException;
import org.thingconform.source.SourceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thingconform matrix RESULT_DIR...}: merges the results folders of several runs into one
 * clause × implementation table (JSON and HTML), for a standards committee comparing
 * implementations of a draft. Runs nothing; reads what {@code thingconform run} wrote.
 */
@Command(name = "matrix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge the results folders of several runs into one clause × implementation table "
                + "(implementation-matrix.json and implementation-matrix.html).",
                "Rows are (standard, edition, clause id); columns are implementations: the platform name in each "
                        + "folder's run-manifest.json, or the label given with --name. Folders of the same "
                        + "implementation merge into one column, where a cell's verdict is the first in "
                        + "FAIL > ERROR > INCONCLUSIVE > PASS > NOT_APPLICABLE among its runs (ERROR sits below "
                        + "FAIL: a run that broke cannot undo a violation another run saw), with that run's "
                        + "reason and links to every run's evidence."},
        footer = {"", "Exit codes:", "  0  the matrix was written (whatever verdicts it shows)",
                "  2  bad input or usage: a folder is no results folder, or its clause matrix",
                "     or manifest is missing or broken (nothing written, earlier files kept)",
                "  3  the matrix files could not be written"})
final class MatrixCommand implements Callable<Integer> {

    private static final int WRITTEN = 0;
    private static final int NOT_WRITTEN = 3;

    @Parameters(arity = "1..*", paramLabel = "RESULT_DIR",
            description = "A results folder of 'thingconform run' (its --out): clause-matrix.json, run-manifest.json, "
                    + "allure-results/.")
    List<Path> resultDirs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write implementation-matrix.json and .html. Default: reports/matrix.")
    Path out;

    @Option(names = "--name", paramLabel = "DIR=LABEL",
            description = "Name the implementation a RESULT_DIR tested, instead of the platform name in its manifest "
                    + "(repeatable). Folders with the same name share a column.")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        Path outDir = (out == null ? ProjectPaths.defaultMatrixOut() : out).toAbsolutePath().normalize();
        List<ResultsFolder> runs = new ArrayList<>();
        try {
            Map<Path, String> labels = labels();
            List<String> problems = new ArrayList<>();
            for (Path dir : resultDirs) {
                try {
                    runs.add(ResultsFolderReader.read(dir, labels.get(key(dir)), System.err::println));
                } catch (BadInputException e) {
                    problems.add(e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                problems.forEach(System.err::println);
                System.err.println("no matrix written: " + problems.size() + " of " + resultDirs.size()
                        + " result folder(s) could not be read");
                return ExitCode.BAD_INPUT;
            }
            OutputDirectory.prepare(outDir, List.of(ImplementationMatrix.FILE_NAME, ImplementationMatrixHtml.FILE_NAME),
                    List.of());
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }

        runs.forEach(r -> System.out.println(SourceLocation.display(r.folder()) + " -> " + r.implementation()
                + (r.faults().isEmpty() ? "" : " (faults: " + String.join(", ", r.faults()) + ")")));
        noteMixedFaults(runs);
        ImplementationMatrix matrix = MatrixMerger.merge(runs, outDir, SuiteVersion.get());
        ImplementationMatrixText.lines(matrix).forEach(System.out::println);
        try {
            ReportJson.write(outDir.resolve(ImplementationMatrix.FILE_NAME), matrix);
            ReportFileIo.write(outDir.resolve(ImplementationMatrixHtml.FILE_NAME),
                    ImplementationMatrixHtml.render(matrix).getBytes(StandardCharsets.UTF_8));
        } catch (ReportWriteException e) {
            System.err.println("error: " + e.getMessage());
            return NOT_WRITTEN;
        }
        System.out.println("reports: " + outDir + " (" + ImplementationMatrixHtml.FILE_NAME + ", "
                + ImplementationMatrix.FILE_NAME + ")");
        return WRITTEN;
    }

    /** Folders of one column that ran with different reference-platform faults are likely meant apart. */
    private static void noteMixedFaults(List<ResultsFolder> runs) {
        Map<String, Set<List<String>>> faultsByColumn = new LinkedHashMap<>();
        runs.forEach(r -> faultsByColumn.computeIfAbsent(r.implementation(), k -> new LinkedHashSet<>()).add(r.faults()));
        faultsByColumn.forEach((name, faults) -> {
            if (faults.size() > 1) {
                System.err.println("note: the runs merged into '" + name + "' switched on different faults " + faults
                        + "; give them separate columns with --name DIR=LABEL if they are meant apart");
            }
        });
    }

    /**
     * The labels given with --name, by folder. A DIR may itself hold '=': the label starts after
     * the first '=' whose left side is one of the RESULT_DIRs.
     */
    private Map<Path, String> labels() {
        Set<Path> given = new LinkedHashSet<>();
        for (Path dir : resultDirs) {
            if (!given.add(key(dir))) {
                throw new BadInputException("error: RESULT_DIR " + SourceLocation.display(dir)
                        + " is given twice; expected each results folder once");
            }
        }
        Map<Path, String> labels = new LinkedHashMap<>();
        for (String spec : names) {
            Path dir = null;
            String label = null;
            for (int at = spec.indexOf('='); at >= 0 && dir == null; at = spec.indexOf('=', at + 1)) {
                Path candidate = path(spec.substring(0, at));
                if (candidate != null && given.contains(candidate)) {
                    dir = candidate;
                    label = spec.substring(at + 1).strip();
                }
            }
            if (dir == null) {
                throw new BadInputException("error: --name " + spec + " names no RESULT_DIR given; expected DIR=LABEL "
                        + "with DIR one of " + resultDirs.stream().map(SourceLocation::display).toList());
            }
            if (label.isEmpty()) {
                throw new BadInputException("error: --name " + spec + " gives an empty label; expected DIR=LABEL");
            }
            if (labels.put(dir, label) != null) {
                throw new BadInputException("error: --name names " + SourceLocation.display(dir)
                        + " twice; expected one label per results folder");
            }
        }
        return labels;
    }

    private static Path path(String text) {
        try {
            return key(Path.of(text));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }
}
