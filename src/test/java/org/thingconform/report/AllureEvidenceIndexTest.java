package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.result.Level;

/** Reading back the Allure results a run wrote, clause by clause, for evidence links. */
class AllureEvidenceIndexTest {

    @TempDir
    Path out;

    @Test
    void findsEachClausesResultsAndTracesAndSkipsAnUnreadableResultWithAWarning() throws Exception {
        ReportWriter.write(out, ReportFixtures.run(), List.of(ReportFixtures.pass(), ReportFixtures.fail(Level.MUST)));
        Files.writeString(out.resolve("allure-results/broken-result.json"), "{not json");
        List<String> warnings = new ArrayList<>();

        AllureEvidenceIndex index = AllureEvidenceIndex.read(out, warnings::add);

        String profile = ReportFixtures.fail(Level.MUST).clause().profile();
        String clause = ReportFixtures.fail(Level.MUST).clause().clauseId();
        assertThat(index.of(profile, clause)).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("failed");
            assertThat(e.notPassed()).isTrue();
            assertThat(e.result()).isRegularFile();
        });
        assertThat(index.of(profile, "NO-SUCH-CLAUSE")).isEmpty();
        assertThat(warnings).singleElement().asString().contains("broken-result.json: warning: not a readable Allure result");
        assertThat(AllureEvidenceIndex.read(out.resolve("nowhere"), warnings::add).of(profile, clause)).isEmpty();
    }

    @Test
    void clauseRowsCarryTheAnchorOtherPagesLinkTo() throws Exception {
        ReportFiles files = ReportWriter.write(out, ReportFixtures.run(), List.of(ReportFixtures.pass()));
        String profile = ReportFixtures.pass().clause().profile();
        String clause = ReportFixtures.pass().clause().clauseId();

        assertThat(Files.readString(files.clauseMatrixHtml()))
                .contains("<tr id=\"" + ClauseAnchor.fragment(profile, clause).substring(1) + "\">");
        assertThat(ClauseAnchor.fragment("my profile", "X#1")).isEqualTo("#clause-my_profile-X%231");
    }
}
