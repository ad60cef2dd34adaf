package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.profile.step.Lwm2mQueuedReadStep;
import org.thingconform.profile.step.Lwm2mRegisterStep;
import org.thingconform.source.BadInputException;

/** The LwM2M queue-mode steps: a Register with Q, a Read of the offline client with its IXIT awake time. */
class Lwm2mQueueStepParsingTest {

    private static final String HEAD = """
            profile: lwm2m-test
            standard: {id: OMA-LWM2M, edition: "1.1.1", status: published}
            parameters:
              queueAwakeTime: 3s
            ixit: [queueAwakeTime]
            thingModels:
              device: {format: lwm2m-ddf, file: 3-1_1.xml}
            clauses:
              - id: C-1
                level: MUST
                summary: s
                steps:
            """;

    @Test
    void aQueueModeRegisterAndAQueuedReadWithTheIxitAwakeTime(@TempDir Path dir) throws Exception {
        Profile profile = load(dir, """
                      - lwm2mRegister: {client: dev, queueMode: true}
                      - lwm2mQueuedRead: {client: dev, path: /3/0/0, awakeTime: "${queueAwakeTime}"}
                      - lwm2mRegister: {client: other}
                """);

        var steps = profile.clauses().get(0).steps();
        assertThat(((Lwm2mRegisterStep) steps.get(0)).queueMode()).isTrue();
        assertThat(((Lwm2mRegisterStep) steps.get(2)).queueMode()).isFalse();
        Lwm2mQueuedReadStep read = (Lwm2mQueuedReadStep) steps.get(1);
        assertThat(read.awakeTime()).isEqualTo(Duration.ofSeconds(3));
        assertThat(read.quietPeriod()).isEqualTo(Duration.ofSeconds(1));
        assertThat(read.format()).isEqualTo("text");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no awake time      | 'lwm2mQueuedRead: {client: dev, path: /3/0/0}'                            | 13:30 | missing required key 'awakeTime'",
        "an instance        | 'lwm2mQueuedRead: {client: dev, path: /3/0, awakeTime: 2s}'               | 13:50 | '/3/0' is not a resource path",
        "bad duration       | 'lwm2mQueuedRead: {client: dev, path: /3/0/0, awakeTime: soon}'           | 13:69 | 'soon' is not a duration",
        "unknown format     | 'lwm2mQueuedRead: {client: dev, path: /3/0/0, awakeTime: 2s, format: xml}' | 13:81 | unknown content format 'xml'",
        "queue mode a word  | 'lwm2mRegister: {client: dev, queueMode: yes please}'                     | 13:53 | 'queueMode' must be true or false",
    })
    void aBrokenArgumentIsALocatedError(String name, String step, String where, String message, @TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, "          - " + step + "\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.profile.yaml:" + where)
                .hasMessageContaining(message);
    }

    private static Profile load(Path dir, String steps) throws Exception {
        Files.copy(Path.of("test-profiles/lwm2m/models/3-1_1.xml"), dir.resolve("3-1_1.xml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return ProfileLoader.load(Files.writeString(dir.resolve("p.profile.yaml"), HEAD + steps));
    }
}
