package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code thingconform validate} from the command line: output, summary, exit codes, never a stack trace. */
class ValidateCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/validate");

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void theShippedFilesAreValidAndOnlyUnsetSecretsAreWarnedAbout() {
        int exit = Main.execute("validate", "test-profiles");

        assertThat(exit).as(stdout() + stderr()).isEqualTo(ExitCode.CONFORMANT);
        assertThat(stdout()).doesNotContain(": error: ")
                .containsPattern("(?m)^\\d+ file\\(s\\) checked \\(3 platform descriptors, 8 profiles, 2 statement lists, 6 thing models, 1 waivers file\\): 0 errors, \\d+ warnings?$");
    }

    @Test
    void strictTurnsAWarningIntoAFailure() {
        Path warned = FIXTURES.resolve("step-not-dividing.model.yaml");

        assertThat(Main.execute("validate", warned.toString())).isEqualTo(ExitCode.CONFORMANT);
        assertThat(Main.execute("validate", "--strict", warned.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stdout()).contains(warned + ":7:51: warning: step 0.3 does not divide the range")
                .contains("1 file(s) checked (1 thing model): 0 errors, 1 warning (--strict: warnings fail)");
    }

    @Test
    void everyErrorOfAFileIsPrintedLikeACompilerMessageThenTheSummary() {
        Path broken = FIXTURES.resolve("many-errors.profile.yaml");

        int exit = Main.execute("validate", broken.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stdout().lines().toList()).containsExactly(
                broken + ":12:8: error: 'qos' 2 is not allowed; expected one of 0, 1",
                broken + ":33:5: error: unknown key 'chapters' in a clause (did you mean 'chapter'?); expected one of "
                        + "[bindings, chapter, conditional, exclusive, generate, given, id, level, observes, requires, steps, summary, tags, untestable, url]",
                broken + ":48:9: error: clause id 'TM 3' is not valid; expected letters, digits, '-' and '.', e.g. TM-5.2.1",
                broken + ":49:12: error: unknown level 'SHOUD' (did you mean 'SHOULD'?); expected one of MUST, SHOULD, MAY, "
                        + "must, should, may",
                "1 file(s) checked (1 profile): 4 errors, 0 warnings");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void aDirectoryIsWalkedAndEveryBrokenFixtureFails() {
        int exit = Main.execute("validate", FIXTURES.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stdout()).contains("unknown-call.profile.yaml:55:29: error: ")
                .contains("inline-secret.descriptor.yaml:18:19: error: ")
                .contains("tsl-min-above-max.tsl.json:15:27: error: ")
                .doesNotContain("s3cr3t-value")
                .containsPattern("(?m)^\\d+ file\\(s\\) checked \\(\\d+ platform descriptors, \\d+ profiles, \\d+ thing models\\): "
                        + "\\d+ errors, \\d+ warnings$");
        assertThat(stdout() + stderr()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aMissingPathAnUnknownKindAndGarbageAreErrorsNotStackTraces(@TempDir Path dir) throws IOException {
        Path unknown = Files.writeString(dir.resolve("notes.yaml"), "just: a note\n");
        Path garbage = Files.write(dir.resolve("garbage.profile.yaml"), new byte[] {0, 1, 2, '{', '[', ':', 0x7f});
        Path notYaml = Files.writeString(dir.resolve("loose.yaml"), "a: [unclosed\n");

        int exit = Main.execute("validate", dir.resolve("missing.yaml").toString(), unknown.toString(), garbage.toString(),
                notYaml.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stdout()).contains("missing.yaml: error: no such file or directory")
                .contains("notes.yaml: error: cannot tell what kind of file this is; expected a profile")
                .contains("garbage.profile.yaml:1:")
                .contains("loose.yaml:1:13: error: not valid YAML: while parsing a flow sequence, expected ',' or ']', but got <stream end>")
                .contains("1 file(s) checked (1 profile): 4 errors, 0 warnings");
        assertThat(stdout() + stderr()).doesNotContain("\tat ");
    }

    @Test
    void runRefusesToStartOnASchemaErrorAndShowsEveryOne(@TempDir Path reports) {
        Path broken = FIXTURES.resolve("many-errors.profile.yaml");

        int exit = Main.execute("run", "--profile", broken.toString(), "--out", reports.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains(broken + ":12:8: error: 'qos' 2 is not allowed")
                .contains(broken + ":49:12: error: unknown level 'SHOUD'").doesNotContain("\tat ");
        assertThat(stdout()).doesNotContain("PASS");
    }

    @Test
    void runTreatsAnUnsetSecretAsAnError(@TempDir Path reports) {
        Path descriptor = FIXTURES.resolve("unset-variable.descriptor.yaml");

        int exit = Main.execute("run", "--platform", descriptor.toString(), "--out", reports.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains(descriptor + ":18:25: error: environment variable THINGCONFORM_VALIDATE_FIXTURE_UNSET"
                + " is not set");
    }

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }
}
