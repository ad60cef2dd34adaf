package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.source.BadInputException;

/**
 * A step that expects what a binding of its clause can never give is found when the profile
 * loads, at the step, instead of an ERROR over that binding at run time.
 */
class ClauseBindingChecksTest {

    @Test
    void aResponseCodeExpectedOverMqttIsAnErrorAtTheStepNamingTheBindingsThatGiveOne(@TempDir Path dir) throws Exception {
        Path profile = copyOfTheTslProfile(dir, text -> text.replace("    bindings: [alink-coap]\n", ""));

        List<String> lines = Files.readAllLines(profile);
        int postProperties = lines.subList(lines.indexOf("  - id: TM-7.2.1"), lines.size())
                .indexOf("      - postProperties:") + lines.indexOf("  - id: TM-7.2.1");
        assertThatThrownBy(() -> ProfileLoader.load(profile)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(profile + ":" + (postProperties + 2) + ":11: error:")
                .hasMessageContaining("postProperties expects a CoAP or HTTP response code, which binding(s) "
                        + "[alink-mqtt, alink-mqtt5] of clause TM-7.2.1 cannot give")
                .hasMessageContaining("expected the clause limited to the bindings that give one, e.g. bindings: "
                        + "[alink-coap, alink-http]");
    }

    @Test
    void theShippedProfileLimitsItsResponseCodeClausesToCoapAndHttp(@TempDir Path dir) throws Exception {
        Path profile = copyOfTheTslProfile(dir, text -> text);

        assertThat(ProfileLoader.load(profile).clauses()).isNotEmpty();
    }

    private static Path copyOfTheTslProfile(Path dir, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path source = Path.of("test-profiles/tsl-alink-mqtt");
        for (String name : List.of("smart-meter.tsl.json")) {
            Files.copy(source.resolve(name), dir.resolve(name));
        }
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, edit.apply(Files.readString(source.resolve("profile.yaml"))));
        return profile;
    }

}
