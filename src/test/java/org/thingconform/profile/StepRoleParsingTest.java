package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.profile.step.StepRole;
import org.thingconform.source.BadInputException;

/**
 * The role keys of a step ({@code subject}, {@code means}, {@code see}): read beside any step
 * kind's own arguments, kept by the clause, and a misuse is a located error naming what is
 * expected.
 */
class StepRoleParsingTest {

    private static final Path V311 = Path.of("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml");

    @Test
    void theClauseKeepsEachStepsRoleAndAStepWithoutOneHasTheDefault() {
        Profile profile = ProfileLoader.load(V311);

        Clause qos2 = profile.clause("MQTT-4.3.3-2").orElseThrow();
        assertThat(qos2.roles().of(qos2.steps().get(0))).isEqualTo(new StepRole(StepRole.Kind.SUBJECT, null));
        assertThat(qos2.roles().of(qos2.steps().get(1))).isEqualTo(StepRole.DEFAULT);
        Clause cleared = profile.clause("MQTT-3.3.1-10").orElseThrow();
        assertThat(cleared.roles().of(cleared.steps().get(1)))
                .isEqualTo(new StepRole(StepRole.Kind.MEANS, "MQTT-3.3.1-6"));
        Clause minimum = profile.clause("MQTT-3.8.4-6").orElseThrow();
        assertThat(minimum.roles().of(minimum.steps().get(1)))
                .isEqualTo(new StepRole(StepRole.Kind.DEFAULT, "MQTT-4.3.3-2"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "subject false      | qos: 2, subject: true} | qos: 2, subject: false}            | 'subject' must be true",
        "subject and means  | qos: 2, subject: true} | qos: 2, subject: true, means: true} | a step is either the clause's subject or a means",
        "means twice        | see: MQTT-3.8.4-1}     | see: MQTT-3.8.4-1, means: MQTT-3.8.4-2} | 'means' already names clause MQTT-3.8.4-2",
        "means false        | means: MQTT-3.3.1-6}   | means: false}                       | 'means' must be true or a clause id",
        "unknown clause     | means: MQTT-3.3.1-6}   | means: MQTT-3.3.1-66}               | unknown clause 'MQTT-3.3.1-66'",
        "own clause         | means: MQTT-3.3.1-6}   | means: MQTT-3.3.1-10}               | a step cannot name its own clause MQTT-3.3.1-10",
        "misspelt key       | qos: 2, subject: true} | qos: 2, subjet: true}               | subject"})
    void aMisusedRoleIsALocatedError(String what, String original, String broken, String message, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("broken.profile.yaml");
        String text = Files.readString(V311);
        assertThat(text).contains(original);
        Files.writeString(file, text.replaceFirst(Pattern.quote(original), Matcher.quoteReplacement(broken)));

        assertThatThrownBy(() -> ProfileLoader.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((BadInputException) e).location()).isNotNull());
    }

    @Test
    void aGivenStepIsNeverTheSubject(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("given.profile.yaml");
        String given = "      - mqttConnect: {client: pub}\n    steps:\n      - mqttPublish: {client: pub, topic: \"tc/{run}/q\"";
        String text = Files.readString(V311);
        int line = text.substring(0, text.indexOf(given)).split("\n", -1).length; // the given step's line
        Files.writeString(file, text.replaceFirst(Pattern.quote(given),
                Matcher.quoteReplacement("      - mqttConnect: {client: pub, subject: true}\n    steps:\n"
                        + "      - mqttPublish: {client: pub, topic: \"tc/{run}/q\"")));

        assertThatThrownBy(() -> ProfileLoader.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("a given step is a precondition, a means of the clause, never its subject")
                .hasMessageContaining(":" + line + ":9:");
    }
}
