package org.thingconform.profile.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.thingconform.profile.step.ConnectStep;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.source.BadInputException;

/**
 * Each lint rule against its own fixture under {@code src/test/resources/lint/}: the exact
 * findings (rule, severity, clause, line) and what their messages say. Fixtures trigger
 * only their own rule, so every other rule is also shown not to fire there.
 */
class ProfileLinterTest {

    private static final Path FIXTURES = Path.of("src/test/resources/lint");

    private static LintReport lint(String fixture) {
        return ProfileLinter.standard().lint(FIXTURES.resolve(fixture));
    }

    @Test
    void theShippedProfileHasNoErrors() {
        LintReport report = ProfileLinter.standard().lint(Path.of("test-profiles/tsl-alink-mqtt/profile.yaml"));

        assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(report.passes(false)).isTrue();
    }

    @Test
    void untestableClausesAreListedWithTheirReasonAWarningForMustAnInfoOtherwise() {
        LintReport report = lint("untestable.profile.yaml");

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, Finding::clause, f -> f.location().line())
                .containsExactly(tuple("untestable", Severity.WARNING, "C-1", 21), tuple("untestable", Severity.INFO, "C-2", 25));
        assertThat(report.findings().get(0).message())
                .isEqualTo("MUST clause has no test: retention over years cannot be observed in a test run");
        assertThat(report.findings().get(0).location().column()).isEqualTo(5);
    }

    @Test
    void aClauseWhoseStepsCheckNothingIsReportedWhenItsStepKindsOnlySetUp() {
        LintReport setUpOnly = new ProfileLinter(StepChecks.LANGUAGE.withSetUpOnly(ConnectStep.class))
                .lint(FIXTURES.resolve("no-check.profile.yaml"));

        assertThat(setUpOnly.findings()).extracting(Finding::rule, Finding::severity, Finding::clause, f -> f.location().line())
                .containsExactly(tuple("no-check", Severity.ERROR, "C-1", 21));
        assertThat(setUpOnly.findings().get(0).message())
                .contains("no step checks anything the platform does (only connect)").contains("pass against any platform");
    }

    @Test
    void withTodaysStepKindsEveryStepChecksSomethingSoTheSameClauseIsFine() {
        assertThat(lint("no-check.profile.yaml").findings()).isEmpty();
    }

    @Test
    void aMustGatedOnlyOnOptionalIcsItemsIsAWarning() {
        LintReport report = lint("optional-must.profile.yaml");

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, Finding::clause, f -> f.location().line())
                .containsExactly(tuple("optional-must", Severity.WARNING, "C-1", 24),
                        tuple("optional-must", Severity.INFO, "C-4", 43));
        assertThat(report.findings().get(0).message())
                .startsWith("MUST clause requires only optional ICS items [EVENTS, HISTORY]")
                .contains("effectively optional");
        assertThat(report.findings().get(1).message()).as("the editor's confirmation, repeated")
                .isEqualTo("conditional MUST, on optional ICS items [HISTORY]: The history clause of the standard says "
                        + "\"a platform that keeps a history MUST keep events in order\".");
    }

    @Test
    void twoIdsWithTheSameNumberAreAnError() {
        LintReport report = lint("duplicate-number.profile.yaml");

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, Finding::clause, f -> f.location().line())
                .containsExactly(tuple("duplicate-number", Severity.ERROR, "TM-5.2.01", 28));
        assertThat(report.findings().get(0).message()).startsWith("has the same number as TM-5.2.1 (line 23)");
    }

    @Test
    void aClauseNumberedBelowItsPredecessorIsAWarningComparingNumbersNotText() {
        LintReport report = lint("numbering-order.profile.yaml");

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, Finding::clause, f -> f.location().line())
                .containsExactly(tuple("numbering-order", Severity.WARNING, "TM-5.2.1", 28));
        assertThat(report.findings().get(0).message())
                .isEqualTo("comes after TM-5.2.3 (line 23); clause numbers should increase in file order");
    }

    @Test
    void deviceStepsWithoutAnEarlierAcceptedConnectInTheSameClauseAreErrors() {
        LintReport report = lint("not-connected.profile.yaml");

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, Finding::clause, f -> f.location().line())
                .containsExactly(tuple("not-connected", Severity.ERROR, "C-2", 29),
                        tuple("not-connected", Severity.ERROR, "C-3", 35),
                        tuple("not-connected", Severity.ERROR, "C-4", 44));
        assertThat(report.findings()).extracting(Finding::message).satisfiesExactly(
                m -> assertThat(m).startsWith("postProperties needs device 'meter' connected, but no step of this clause "
                        + "connects it (devices do not stay connected across clauses)"),
                m -> assertThat(m).startsWith("awaitDownlink needs device 'meter' connected, but it connects only later"),
                m -> assertThat(m).startsWith("postEvent needs device 'meter' connected, but its last connect, at line 43, "
                        + "expects refused"));
    }

    @Test
    void awaitingACallNoEarlierInvokeServiceSavedIsRefusedWhenTheProfileLoads() {
        Path file = Path.of("src/test/resources/lint/unsaved-call.profile.yaml");

        assertThatThrownBy(() -> ProfileLoader.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":22:29: error: awaitServiceResult waits for call 'history'");
    }

    @Test
    void anIcsItemNoClauseRequiresIsAWarningAtTheItem() {
        LintReport report = lint("unused-ics.profile.yaml");

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, Finding::clause, f -> f.location().line())
                .containsExactly(tuple("unused-ics", Severity.WARNING, null, 19));
        assertThat(report.findings().get(0).message()).isEqualTo("ICS item LEGACY is declared but no clause or binding requires it");
    }

    @Test
    void anIcsItemAskedOnPurposeWithUntestedIsAnInfoWithItsReason() {
        LintReport report = lint("unused-ics-untested.profile.yaml");

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, Finding::clause, f -> f.location().line())
                .containsExactly(tuple("unused-ics", Severity.INFO, null, 19));
        assertThat(report.findings().get(0).message()).isEqualTo("ICS item BRIDGE is asked though no clause or binding "
                + "requires it yet: no reference bridge to fault yet");
    }

    @Test
    void aRequiresFalseForEveryCombinationOfAnswersIsAnErrorAndATautologyIsNot() {
        LintReport report = lint("never-applicable.profile.yaml");

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, Finding::clause, f -> f.location().line())
                .containsExactly(tuple("never-applicable", Severity.ERROR, "C-1", 23));
        assertThat(report.findings().get(0).message()).isEqualTo("requires 'MQTT && (EVENTS && !EVENTS)' is false for every "
                + "combination of answers to [EVENTS, MQTT], so the clause is NOT_APPLICABLE for every platform");
    }

    @Test
    void aRequiresThatIsNotTrueOrFalseIsAnError() {
        LintReport report = lint("requires-not-boolean.profile.yaml");

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, Finding::clause, f -> f.location().line())
                .containsExactly(tuple("requires-not-boolean", Severity.ERROR, "C-1", 22));
        assertThat(report.findings().get(0).message()).contains("for ICS answers {MQTT=false}").contains("gave 0");
    }

    @Test
    void aRequiresWithMoreThanTwelveItemsIsSkippedWithAnInfo() {
        LintReport report = lint("requires-not-checked.profile.yaml");

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, Finding::clause, f -> f.location().line())
                .containsExactly(tuple("requires-not-checked", Severity.INFO, "C-1", 34));
        assertThat(report.findings().get(0).message()).contains("names 13 ICS items, more than 12");
        assertThat(report.passes(true)).as("an info never fails, even --strict").isTrue();
    }

    @Test
    void anUnnamedMeansThatIsAnotherClausesSubjectIsAWarningAndAClauseOfMeansOnlyAnError() {
        LintReport report = lint("means-unnamed.profile.yaml");

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, Finding::clause,
                        f -> f.location().line())
                .containsExactly(tuple("means-unnamed", Severity.WARNING, "MQTT-3.8.4-6", 18),
                        tuple("no-subject", Severity.ERROR, "MQTT-3.8.4-8", 41));
        assertThat(report.findings().get(0).message()).isEqualTo("step mqttPublish: the QoS 2 flow of a PUBLISH "
                + "(PUBREC, PUBREL, PUBCOMP) is a means here and the subject of MQTT-4.3.3-2; add 'see: MQTT-4.3.3-2' so "
                + "an INCONCLUSIVE names the clause that judges it");
    }

    @Test
    void theShippedProfilesNameEveryMeansThatAnotherClauseJudges() {
        for (String file : new String[] {"mqtt-broker/mqtt-3.1.1.profile.yaml", "mqtt-broker/mqtt-5.0.profile.yaml",
                "tsl-alink-mqtt/profile.yaml", "platform-interconnection/profile.yaml", "wot-td/profile.yaml"}) {
            LintReport report = ProfileLinter.standard().lint(Path.of("test-profiles", file));
            assertThat(report.findings()).as(file)
                    .noneMatch(f -> f.rule().equals("means-unnamed") || f.rule().equals("no-subject"));
        }
    }

    @Test
    void aFindingPrintsLikeACompilerMessage() {
        Finding finding = lint("unused-ics.profile.yaml").findings().get(0);

        assertThat(finding.toText()).isEqualTo(FIXTURES.resolve("unused-ics.profile.yaml")
                + ":19:5: warning: [unused-ics] ICS item LEGACY is declared but no clause or binding requires it");
    }
}
