package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.profile.step.FollowFormsStep;
import org.thingconform.source.BadInputException;

/** The WoT TD steps of the profile language: the shipped wot-td profile loads; a wrong step is a located error. */
class WotStepParsingTest {

    private static final Path SHIPPED = Path.of("test-profiles/wot-td/profile.yaml");

    @Test
    void theShippedProfileLoadsWithoutABinding() {
        Profile profile = ProfileLoader.load(SHIPPED);

        assertThat(profile.clauses()).hasSize(16);
        assertThat(profile.bindings()).containsExactly(org.thingconform.profile.Binding.NO_DEVICE);
        assertThat(profile.clause("tc-wot-http-writeproperty").orElseThrow().steps())
                .singleElement().isInstanceOfSatisfying(FollowFormsStep.class, step -> {
                    assertThat(step.op()).isEqualTo("writeproperty");
                    assertThat(step.checks()).containsExactly("readBack");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown assertion  | 'id: td-context}' | 'id: td-contexts}' | 58:40 | no document check for assertion 'td-contexts'",
        "readBack on a read | 'op: readproperty, checks: [dataSchema]' | 'op: readproperty, checks: [readBack]' | 143:62 | readBack follows a write",
        "invalid read       | 'op: readproperty, checks: [dataSchema]' | 'op: readproperty, value: invalid' | 143:61 | only a write or an invocation sends a value",
        "unknown op         | 'op: invokeaction, value: valid' | 'op: queryaction, value: valid' | 176:40 | followForms cannot follow 'queryaction'"})
    void aWrongWotStepIsALocatedError(String what, String original, String broken, String position, String message,
                                      @TempDir Path dir) throws IOException {
        String text = Files.readString(SHIPPED);
        assertThat(text).as("the profile holds %s", original).contains(original.replace("'", ""));
        Path file = dir.resolve("profile.yaml");
        Files.writeString(file, text.replace(original.replace("'", ""), broken.replace("'", "")));

        assertThatThrownBy(() -> ProfileLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":" + position)
                .hasMessageContaining(message);
    }
}
