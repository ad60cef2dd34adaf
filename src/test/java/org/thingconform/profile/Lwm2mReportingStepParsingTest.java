package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.profile.step.Lwm2mAwaitEventStep;
import org.thingconform.profile.step.Lwm2mCancelObservationStep;
import org.thingconform.profile.step.Lwm2mChangeStep;
import org.thingconform.profile.step.Lwm2mExpectNoEventStep;
import org.thingconform.profile.step.Lwm2mObserveStep;
import org.thingconform.source.BadInputException;

/**
 * The LwM2M Information Reporting steps: their defaults (text, 5 s, 2 s), values kept with their YAML type,
 * and every broken argument a located error saying what was expected.
 */
class Lwm2mReportingStepParsingTest {

    @Test
    void stepsGetTheirDefaultsAndValuesKeepTheirType(@TempDir Path dir) throws Exception {
        var steps = Lwm2mTestProfiles.withSteps(dir, """
                      - lwm2mObserve: {client: dev, path: /3/0/9}
                      - lwm2mChange: {client: dev, path: /3/0/9, value: 17}
                      - lwm2mAwaitEvent: {client: dev, kind: notification, path: /3/0/9, value: 17.5}
                      - lwm2mExpectNoEvent: {client: dev, kind: notification}
                      - lwm2mCancelObservation: {client: dev, path: /3/0/9, mode: passive}
                      - lwm2mAwaitEvent: {client: dev, kind: registration, within: 1s}
                """).clauses().get(0).steps();

        Lwm2mObserveStep observe = (Lwm2mObserveStep) steps.get(0);
        assertThat(observe.format()).isEqualTo("text");
        assertThat(observe.saveAs()).isNull();
        assertThat(((Lwm2mChangeStep) steps.get(1)).value()).isEqualTo(17L);
        Lwm2mAwaitEventStep notification = (Lwm2mAwaitEventStep) steps.get(2);
        assertThat(notification.value()).isEqualTo(17.5);
        assertThat(notification.within()).isEqualTo(Duration.ofSeconds(5));
        Lwm2mExpectNoEventStep quiet = (Lwm2mExpectNoEventStep) steps.get(3);
        assertThat(quiet.path()).isNull();
        assertThat(quiet.quietPeriod()).isEqualTo(Duration.ofSeconds(2));
        assertThat(((Lwm2mCancelObservationStep) steps.get(4)).active()).isFalse();
        assertThat(((Lwm2mAwaitEventStep) steps.get(5)).within()).isEqualTo(Duration.ofSeconds(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "observe path         | 'lwm2mObserve: {client: dev, path: 3/0/9}'                             | '3/0/9' is not an LwM2M path",
        "observe format       | 'lwm2mObserve: {client: dev, path: /3/0/9, format: xml}'               | unknown content format 'xml'",
        "observe no path      | 'lwm2mObserve: {client: dev}'                                          | missing required key 'path'",
        "change an instance   | 'lwm2mChange: {client: dev, path: /3/0, value: 1}'                     | '/3/0' is not a resource path",
        "change without value | 'lwm2mChange: {client: dev, path: /3/0/9}'                             | needs the new 'value'",
        "change a list        | 'lwm2mChange: {client: dev, path: /3/0/9, value: [1]}'                 | must be a number, text or boolean",
        "await unknown kind   | 'lwm2mAwaitEvent: {client: dev, kind: sleeping}'                       | unknown event kind 'sleeping'",
        "await path on update | 'lwm2mAwaitEvent: {client: dev, kind: update, path: /3/0/9}'           | only a notification names a path",
        "await bad within     | 'lwm2mAwaitEvent: {client: dev, kind: update, within: soon}'           | duration",
        "no event no kind     | 'lwm2mExpectNoEvent: {client: dev}'                                    | missing required key 'kind'",
        "no event unknown key | 'lwm2mExpectNoEvent: {client: dev, kind: update, within: 1s}'          | unknown key 'within'",
        "cancel mode          | 'lwm2mCancelObservation: {client: dev, path: /3/0/9, mode: lazy}'      | unknown cancel mode 'lazy'",
        "cancel without mode  | 'lwm2mCancelObservation: {client: dev, path: /3/0/9}'                  | missing required key 'mode'",
    })
    void aBrokenArgumentIsALocatedError(String name, String step, String message, @TempDir Path dir) {
        assertThatThrownBy(() -> Lwm2mTestProfiles.withSteps(dir, "          - " + step + "\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.profile.yaml:10:")
                .hasMessageContaining(message);
    }
}
