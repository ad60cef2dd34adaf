package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;

class AllureStatusMappingTest {

    @Test
    void verdictsMapToAllureStatuses() {
        assertThat(status(Verdict.PASS)).isEqualTo(Status.PASSED);
        assertThat(status(Verdict.FAIL)).isEqualTo(Status.FAILED);
        assertThat(status(Verdict.ERROR)).isEqualTo(Status.BROKEN);
        assertThat(status(Verdict.INCONCLUSIVE)).isEqualTo(Status.BROKEN);
        assertThat(status(Verdict.NOT_APPLICABLE)).isEqualTo(Status.SKIPPED);
    }

    @Test
    void inconclusiveIsTellableFromErrorByItsMessage() {
        TestResult inconclusive = create("A", Level.SHOULD, Verdict.INCONCLUSIVE);
        TestResult error = create("B", Level.MAY, Verdict.ERROR);

        assertThat(inconclusive.getStatusDetails().getMessage()).isEqualTo("INCONCLUSIVE: because INCONCLUSIVE");
        assertThat(error.getStatusDetails().getMessage()).isEqualTo("because ERROR");
        assertThat(inconclusive.getStatusDetails().getMessage())
                .matches(regex("Inconclusive (INCONCLUSIVE)")).doesNotMatch(regex("Suite or setup errors (ERROR)"));
        assertThat(error.getStatusDetails().getMessage())
                .matches(regex("Suite or setup errors (ERROR)")).doesNotMatch(regex("Inconclusive (INCONCLUSIVE)"));
    }

    @Test
    void levelsMapToSeverities() {
        assertThat(AllureResultFactory.severity(Level.MUST)).isEqualTo("critical");
        assertThat(AllureResultFactory.severity(Level.SHOULD)).isEqualTo("normal");
        assertThat(AllureResultFactory.severity(Level.MAY)).isEqualTo("minor");
    }

    private static Status status(Verdict verdict) {
        return create("X", Level.MUST, verdict).getStatus();
    }

    private static TestResult create(String id, Level level, Verdict verdict) {
        return AllureResultFactory.create(ReportFixtures.withVerdict(id, level, verdict), List.of());
    }

    private static String regex(String category) {
        return AllureCategories.definitions().stream().filter(c -> c.get("name").equals(category))
                .map(c -> (String) c.get("messageRegex")).findFirst().orElseThrow();
    }
}
