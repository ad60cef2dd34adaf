package org.thingconform.profile.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.source.BadInputException;

/**
 * A profile measured against its statement list: each statement covered by a clause of its id, untestable with the
 * clause's or the list's reason (a client-only one for that reason), or not covered; the shares count the server
 * side only; a list of another edition, or a broken list, is a located error.
 */
class CoverageTest {

    private static final Path DRAFT = Path.of("src/test/resources/coverage/draft.profile.yaml");

    @Test
    void eachStatementStandsAgainstTheClausesAndTheSharesCountTheServerSide() {
        CoverageReport report = Coverage.of(ProfileLoader.load(DRAFT)).orElseThrow();

        assertThat(report.statements()).extracting(s -> s.statement().id() + " " + s.standing() + " " + s.clauses()
                + " " + s.reason()).containsExactly(
                "S-1 COVERED [S-1] null",
                "S-2 UNTESTABLE [] needs a second broker",
                "S-3 UNTESTABLE [] not observable on the wire (the server's own storage)",
                "S-4 UNTESTABLE [] binds only the client",
                "S-5 NOT_COVERED [] null");
        assertThat(report.total()).isEqualTo(5);
        assertThat(report.serverSide()).isEqualTo(4);
        assertThat(report.covered()).isEqualTo(1);
        assertThat(report.untestable()).isEqualTo(2);
        assertThat(report.notCovered()).isEqualTo(1);
        assertThat(report.coveredShare()).isEqualTo(0.25);
        assertThat(report.decidedShare()).isEqualTo(0.75);
        assertThat(report.outsideTheList()).containsExactly("tc-own");
    }

    @Test
    void theTextGivesTheCountsThenEveryStatementOrTheGapOnly() {
        CoverageReport report = Coverage.of(ProfileLoader.load(DRAFT)).orElseThrow();

        List<String> all = CoverageText.lines(report, false);
        assertThat(all.get(1)).isEqualTo("  5 statements: 4 bind the server (or either side), 1 only the client");
        assertThat(all.get(2)).isEqualTo("  server side: 1 covered (25.0 %), 2 untestable with a reason, 1 not yet "
                + "covered; covered or explained: 75.0 %");
        assertThat(all).anyMatch(l -> l.startsWith("S-1") && l.endsWith("clause S-1"))
                .anyMatch(l -> l.startsWith("S-5") && l.contains("not covered") && l.endsWith("to its subscribers."));
        assertThat(CoverageText.lines(report, true)).filteredOn(l -> l.startsWith("S-")).hasSize(1);
    }

    @Test
    void aProfileWithoutAListHasNoCoverage() {
        Profile profile = ProfileLoader.load(Path.of("test-profiles/wot-td/profile.yaml"));

        assertThat(Coverage.of(profile)).isEmpty();
    }

    @Test
    void theShippedMqtt311ListIsWholeAndOfItsProfile() {
        CoverageReport report = Coverage.of(ProfileLoader.load(Path.of("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml")))
                .orElseThrow();

        assertThat(report.total()).isGreaterThanOrEqualTo(140);
        assertThat(report.covered()).as("every clause of the profile is a statement of the list")
                .isGreaterThanOrEqualTo(report.statements().stream().filter(s -> s.standing() == Standing.COVERED)
                        .filter(s -> s.statement().binds().server()).count());
        assertThat(report.outsideTheList()).isEmpty();
    }

    @Test
    void aListOfAnotherEditionIsRefused(@TempDir Path dir) throws IOException {
        Path profile = copy(dir);
        Files.writeString(dir.resolve("draft.statements.yaml"), Files.readString(dir.resolve("draft.statements.yaml"))
                .replace("edition: \"0.1\"", "edition: \"0.2\""));

        assertThatThrownBy(() -> Coverage.of(ProfileLoader.load(profile))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("the statements are of DRAFT-STD 0.2 but profile coverage-draft checks DRAFT-STD 0.1");
    }

    @Test
    void aBrokenListIsALocatedError(@TempDir Path dir) throws IOException {
        Path profile = copy(dir);
        Path list = dir.resolve("draft.statements.yaml");
        Files.writeString(list, Files.readString(list).replace("binds: client", "binds: broker"));

        assertThatThrownBy(() -> Coverage.of(ProfileLoader.load(profile))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("draft.statements.yaml:23:12: error: unknown party 'broker'; expected server, client or both");
        Files.writeString(list, Files.readString(list).replace("binds: broker", "binds: client").replace("id: S-5", "id: S-4"));
        assertThatThrownBy(() -> StatementListLoader.load(list)).hasMessageContaining("statement 'S-4' is listed twice");
    }

    @Test
    void aMissingListIsAWarningWhenTheProfileLoadsAndAnErrorForCoverage(@TempDir Path dir) throws IOException {
        Path profile = copy(dir);
        Files.delete(dir.resolve("draft.statements.yaml"));
        List<org.thingconform.source.InputProblem> warnings = new java.util.ArrayList<>();

        Profile loaded = ProfileLoader.load(profile, java.util.Map.of(), warnings::add);

        assertThat(warnings).singleElement().extracting(Object::toString).asString()
                .contains("draft.profile.yaml:8:15").contains("does not exist, so coverage cannot be measured");
        assertThatThrownBy(() -> Coverage.of(loaded)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("names the statement list").hasMessageContaining("which does not exist");
    }

    private static Path copy(Path dir) throws IOException {
        Files.copy(DRAFT, dir.resolve("draft.profile.yaml"));
        Files.copy(DRAFT.resolveSibling("draft.statements.yaml"), dir.resolve("draft.statements.yaml"));
        return dir.resolve("draft.profile.yaml");
    }
}
