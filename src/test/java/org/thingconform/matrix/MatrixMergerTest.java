package org.thingconform.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.result.Verdict;

/** The merge of results folders: precedence within a cell, rows keyed by edition, columns by label. */
class MatrixMergerTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void aCellTakesTheFirstVerdictInFailErrorInconclusivePassNotApplicableWithItsReason() {
        Path one = ResultsFolders.in(dir.resolve("one"))
                .clause("X-1", "PASS", null).clause("X-2", "ERROR", "broker down")
                .clause("X-3", "PASS", null).clause("X-4", "NOT_APPLICABLE", "ICS: EVENTS=no")
                .clause("X-5", "NOT_APPLICABLE", "ICS: EVENTS=no").clause("X-6", "FAIL", "first fail").write();
        Path two = ResultsFolders.in(dir.resolve("two"))
                .clause("X-1", "FAIL", "code 200, expected 6306").clause("X-2", "INCONCLUSIVE", "no reply")
                .clause("X-3", "INCONCLUSIVE", "precondition").clause("X-4", "PASS", null)
                .clause("X-6", "FAIL", "second fail").write();
        Path three = ResultsFolders.in(dir.resolve("three")).clause("X-1", "ERROR", "crashed").write();

        ImplementationMatrix matrix = merge(one, two, three);

        assertThat(matrix.implementations()).extracting(ImplementationColumn::name).containsExactly("Platform A");
        assertThat(cell(matrix, "X-1").verdict()).as("FAIL beats ERROR and PASS").isEqualTo(Verdict.FAIL);
        assertThat(cell(matrix, "X-1").reason()).isEqualTo("code 200, expected 6306");
        assertThat(cell(matrix, "X-1").decidedBy()).isEqualTo("two");
        assertThat(cell(matrix, "X-1").runs()).extracting(CellRun::verdict)
                .containsExactly(Verdict.PASS, Verdict.FAIL, Verdict.ERROR);
        assertThat(cell(matrix, "X-2").verdict()).as("ERROR beats INCONCLUSIVE").isEqualTo(Verdict.ERROR);
        assertThat(cell(matrix, "X-2").reason()).isEqualTo("broker down");
        assertThat(cell(matrix, "X-3").verdict()).as("INCONCLUSIVE beats PASS").isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(cell(matrix, "X-4").verdict()).as("PASS beats NOT_APPLICABLE").isEqualTo(Verdict.PASS);
        assertThat(cell(matrix, "X-4").reason()).isNull();
        assertThat(cell(matrix, "X-5").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(cell(matrix, "X-6").reason()).as("a tie keeps the folder given first").isEqualTo("first fail");
        assertThat(matrix.implementations().get(0).summary())
                .isEqualTo(new ImplementationSummary(2, 1, 1, 1, 1, 0));
        assertThat(matrix.precedence()).isEqualTo("FAIL > ERROR > INCONCLUSIVE > PASS > NOT_APPLICABLE > NOT_RUN");
    }

    @Test
    void aConfirmedRunsIntermittentFailAndAWaiverShowInTheCellTheTextAndTheCount() {
        Path run = ResultsFolders.in(dir.resolve("confirmed"))
                .shown("X-1", "FAIL", "FAIL (intermittent: 2 of 4)", "no PUBACK")
                .shown("X-2", "FAIL", "FAIL (4 of 4 tries)", "no SUBACK")
                .shown("X-3", "FAIL", "FAIL (waived: the vendor ships the fix in release 4.3, due in March 2027)", "late")
                .clause("X-4", "PASS", null).write();

        ImplementationMatrix matrix = merge(run);

        assertThat(cell(matrix, "X-1").shown()).isEqualTo("FAIL (intermittent: 2 of 4)");
        assertThat(cell(matrix, "X-1").intermittent()).isTrue();
        assertThat(cell(matrix, "X-2").intermittent()).isFalse();
        assertThat(cell(matrix, "X-4").shown()).isEqualTo("PASS");
        assertThat(matrix.implementations().get(0).summary().intermittent()).isEqualTo(1);
        List<String> text = ImplementationMatrixText.lines(matrix);
        assertThat(text).anyMatch(l -> l.contains("3 FAIL (1 intermittent)"))
                .anyMatch(l -> l.contains("X-1") && l.contains("FAIL (intermittent: 2 of 4)"))
                .anyMatch(l -> l.contains("X-3") && l.contains("FAIL (waived: the vendor ships…)"));
        assertThat(ImplementationMatrixHtml.render(matrix)).contains("<small>(intermittent: 2 of 4)</small>")
                .contains("3 (1 intermittent)");
    }

    @Test
    void precedenceIsATotalOrderWithErrorBelowFail() {
        assertThat(MatrixPrecedence.ORDER).containsExactlyInAnyOrder(Verdict.values());
        for (Verdict a : Verdict.values()) {
            for (Verdict b : Verdict.values()) {
                Verdict decided = MatrixPrecedence.decide(a, b);
                assertThat(decided).isEqualTo(MatrixPrecedence.ORDER.indexOf(a) <= MatrixPrecedence.ORDER.indexOf(b) ? a : b);
                assertThat(MatrixPrecedence.decide(b, a)).isEqualTo(decided);
            }
        }
        assertThat(MatrixPrecedence.decide(Verdict.ERROR, Verdict.FAIL)).isEqualTo(Verdict.FAIL);
    }

    @Test
    void perBindingVerdictsMergeBindingByBinding() {
        Path one = ResultsFolders.in(dir.resolve("one")).clause("STD", "1.0", "X-1", "FAIL", "over mqtt5",
                "{\"mqtt\": \"PASS\", \"mqtt5\": \"FAIL\"}").write();
        Path two = ResultsFolders.in(dir.resolve("two")).clause("STD", "1.0", "X-1", "INCONCLUSIVE", "timeout",
                "{\"mqtt\": \"INCONCLUSIVE\", \"coap\": \"NOT_APPLICABLE\"}").write();

        MatrixCell cell = cell(merge(one, two), "X-1");

        assertThat(cell.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(cell.bindings()).containsEntry("mqtt", Verdict.INCONCLUSIVE).containsEntry("mqtt5", Verdict.FAIL)
                .containsEntry("coap", Verdict.NOT_APPLICABLE).hasSize(3);
    }

    @Test
    void twoEditionsWithTheSameClauseIdAreTwoRowsAndRowsSortNumerically() {
        Path v3 = ResultsFolders.in(dir.resolve("v3"))
                .clause("MQTT", "3.1.1", "MQTT-3.1.2-24", "PASS", null, null)
                .clause("MQTT", "3.1.1", "MQTT-3.10.1-1", "PASS", null, null)
                .clause("MQTT", "3.1.1", "MQTT-3.2.1-1", "PASS", null, null).write();
        Path v5 = ResultsFolders.in(dir.resolve("v5")).platform("Platform B")
                .clause("MQTT", "5.0", "MQTT-3.1.2-24", "FAIL", "keep alive ignored", null)
                .clause("MQTT", "3.1.1", "MQTT-3.1.2-24", "PASS", null, null).write();

        ImplementationMatrix matrix = merge(v3, v5);

        assertThat(matrix.clauses()).extracting(r -> r.edition() + " " + r.clause()).containsExactly(
                "3.1.1 MQTT-3.1.2-24", "3.1.1 MQTT-3.2.1-1", "3.1.1 MQTT-3.10.1-1", "5.0 MQTT-3.1.2-24");
        MatrixRow edition5 = matrix.clauses().get(3);
        assertThat(edition5.cells()).containsOnlyKeys("Platform B");
        assertThat(edition5.cells().get("Platform B").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(matrix.clauses().get(0).cells()).containsOnlyKeys("Platform A", "Platform B");
        assertThat(matrix.implementations().get(1).summary())
                .as("Platform B ran two of the four rows").isEqualTo(new ImplementationSummary(1, 0, 0, 1, 0, 2));
    }

    @Test
    void idsEqualOnlyByNumericValueStayTwoRows() {
        assertThat(ClauseKey.compareNatural("TM-1", "TM-01")).isNotZero();
        assertThat(ClauseKey.compareNatural("TM-5.2.1", "TM-5.10.1")).isNegative();
        assertThat(ClauseKey.compareNatural("TM-5.2", "TM-5.2.1")).isNegative();
        Path one = ResultsFolders.in(dir.resolve("one")).clause("TM-1", "PASS", null).clause("TM-01", "FAIL", "x").write();

        assertThat(merge(one).clauses()).extracting(MatrixRow::clause).containsExactlyInAnyOrder("TM-1", "TM-01");
    }

    @Test
    void aLabelGivesAFolderItsOwnColumnAndFoldersWithOneNameShareOne() {
        Path a1 = ResultsFolders.in(dir.resolve("a1")).clause("X-1", "PASS", null).write();
        Path a2 = ResultsFolders.in(dir.resolve("a2")).clause("X-1", "FAIL", "seen once").write();
        Path a3 = ResultsFolders.in(dir.resolve("a3")).clause("X-1", "FAIL", "with fault").write();
        Path unnamed = ResultsFolders.in(dir.resolve("unnamed")).clause("X-1", "PASS", null).write(false);

        ImplementationMatrix matrix = MatrixMerger.merge(List.of(
                ResultsFolderReader.read(a1, null, warnings::add),
                ResultsFolderReader.read(a2, null, warnings::add),
                ResultsFolderReader.read(a3, "A with a fault", warnings::add),
                ResultsFolderReader.read(unnamed, "Platform C", warnings::add)), dir.resolve("out"), "t");

        assertThat(matrix.implementations()).extracting(ImplementationColumn::name)
                .containsExactly("Platform A", "A with a fault", "Platform C");
        assertThat(matrix.implementations().get(0).runs()).extracting(RunRef::folder).containsExactly("../a1", "../a2");
        assertThat(matrix.implementations().get(2).runs().get(0).platformName()).isNull();
        MatrixRow row = matrix.clauses().get(0);
        assertThat(row.cells().get("Platform A").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(row.cells().get("Platform A").decidedBy()).isEqualTo("../a2");
        assertThat(row.cells().get("A with a fault").reason()).isEqualTo("with fault");
        assertThat(row.cells().get("Platform C").verdict()).isEqualTo(Verdict.PASS);
        assertThat(warnings).isEmpty();
    }

    @Test
    void theHtmlPageEscapesEveryTextAndLoadsNothing() {
        Path one = ResultsFolders.in(dir.resolve("one")).platform("<b>Vendor</b> & Co")
                .clause("X-1", "FAIL", "got <script>alert(1)</script>").write();

        String html = ImplementationMatrixHtml.render(merge(one));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("&lt;b&gt;Vendor&lt;/b&gt; &amp; Co")
                .contains("got &lt;script&gt;alert(1)&lt;/script&gt;").contains("<span class=\"badge FAIL\">")
                .doesNotContain("<script", "<b>Vendor", "src=\"http", "@import");
    }

    private ImplementationMatrix merge(Path... folders) {
        List<ResultsFolder> runs = new ArrayList<>();
        for (Path folder : folders) {
            runs.add(ResultsFolderReader.read(folder, null, warnings::add));
        }
        return MatrixMerger.merge(runs, dir, "t");
    }

    private static MatrixCell cell(ImplementationMatrix matrix, String clause) {
        return matrix.clauses().stream().filter(r -> r.clause().equals(clause)).findFirst().orElseThrow()
                .cells().values().iterator().next();
    }
}
