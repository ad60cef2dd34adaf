package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.thingmodel.ThingModelFormat;
import org.thingconform.thingmodel.ThingModels;

/**
 * {@code validate}, {@code export-model} and profiles ({@code format: lwm2m-ddf}) take LwM2M object models
 * (DDF XML) like the other thing-model formats.
 */
class Lwm2mModelCommandsTest {

    private static final Path MODELS = Path.of("test-profiles/lwm2m/models");
    private static final Path DEVICE = MODELS.resolve("3-1_1.xml");

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void validateChecksTheShippedObjectModels() {
        int exit = Main.execute("validate", MODELS.toString());

        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.CONFORMANT);
        assertThat(console.stdout()).isEqualTo("3 file(s) checked (3 thing models): 0 errors, 0 warnings"
                + System.lineSeparator());
    }

    @Test
    void validateReportsABrokenObjectModelWhereItIs(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, Files.readString(DEVICE).replace("<Type>Time</Type>", "<Type>Date</Type>"));

        int exit = Main.execute("validate", broken.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stdout()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(broken.toString())
                        + ":\\d+:\\d+: error: unknown Type 'Date'; expected String, Integer")
                .contains("1 file(s) checked (1 thing model): 1 error, 0 warnings").doesNotContain("\tat ");
    }

    @Test
    void aFolderWalkLeavesOtherXmlAlone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion></project>");
        Files.copy(DEVICE, dir.resolve("device.xml"));

        int exit = Main.execute("validate", dir.toString());

        assertThat(exit).as(console.stdout()).isEqualTo(ExitCode.CONFORMANT);
        assertThat(console.stdout()).contains("1 file(s) checked (1 thing model): 0 errors");
    }

    @Test
    void exportModelWritesTheObjectAsAWotThingModel() throws Exception {
        int exit = Main.execute("export-model", DEVICE.toString());

        assertThat(exit).as(console.stderr()).isZero();
        JsonNode tm = new ObjectMapper().readTree(console.stdout());
        assertThat(tm.at("/@type").asText()).isEqualTo("tm:ThingModel");
        assertThat(tm.at("/tc:productKey").asText()).isEqualTo("urn:oma:lwm2m:oma:3:1.1");
        assertThat(tm.at("/properties/batteryLevel/maximum").asInt()).isEqualTo(100);
        assertThat(tm.at("/properties/batteryLevel/unit").asText()).isEqualTo("%");
        assertThat(tm.at("/properties/batteryLevel/readOnly").asBoolean()).isTrue();
        assertThat(tm.at("/properties/availablePowerSources/type").asText()).isEqualTo("array");
        assertThat(tm.at("/actions/reboot/title").asText()).isEqualTo("Reboot");
    }

    @Test
    void exportModelOutImportsBackToTheSameModel(@TempDir Path dir) {
        Path target = dir.resolve("temperature.tm.json");

        int exit = Main.execute("export-model", MODELS.resolve("3303.xml").toString(), "--out", target.toString());

        assertThat(exit).as(console.stderr()).isZero();
        assertThat(ThingModels.load(target, ThingModelFormat.WOT_TM))
                .isEqualTo(ThingModels.load(MODELS.resolve("3303.xml"), ThingModelFormat.LWM2M_DDF));
    }

    @Test
    void exportModelOfABrokenObjectExitsTwoWithALocatedMessage(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<LWM2M><Object><Name>N</Name></Object></LWM2M>");

        int exit = Main.execute("export-model", broken.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stdout()).isEmpty();
        assertThat(console.stderr()).startsWith(broken + ":1:8: error: missing <ObjectID>").doesNotContain("\tat ");
    }

    @Test
    void aProfileCanNameTheFormat(@TempDir Path dir) throws Exception {
        Path formats = Path.of("src/test/resources/profiles/formats/three-formats.profile.yaml");
        Path profile = dir.resolve("four-formats.profile.yaml");
        Files.writeString(profile, Files.readString(formats)
                .replace("../../../../../test-profiles/", Path.of("test-profiles").toAbsolutePath() + "/")
                .replace("thingModels:\n", "thingModels:\n  device: {format: lwm2m-ddf, file: "
                        + DEVICE.toAbsolutePath() + "}\n"));

        Profile loaded = ProfileLoader.load(profile);

        assertThat(loaded.models().get("device")).isEqualTo(ThingModels.load(DEVICE, ThingModelFormat.LWM2M_DDF));
        assertThat(loaded.models().get("device").productKey()).isEqualTo("urn:oma:lwm2m:oma:3:1.1");
    }

    @Test
    void theFormatCanBeNamed(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("device.ddf");
        Files.copy(DEVICE, copy);

        assertThat(Main.execute("export-model", copy.toString(), "--format", "lwm2m-ddf")).isZero();
        assertThat(new ObjectMapper().readTree(console.stdout()).at("/tc:productKey").asText())
                .isEqualTo("urn:oma:lwm2m:oma:3:1.1");
    }
}
