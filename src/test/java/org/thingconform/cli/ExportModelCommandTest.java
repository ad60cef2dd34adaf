package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.ThingModelFormat;
import org.thingconform.thingmodel.ThingModels;

/** {@code thingconform export-model}: a WoT Thing Model on stdout or in a file, exit 2 with a located message on bad input. */
class ExportModelCommandTest {

    private static final Path METER = Path.of("test-profiles/tsl-alink-mqtt/smart-meter.tsl.json");

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void aGoodModelIsPrintedAsAWotThingModel() throws Exception {
        int exit = Main.execute("export-model", METER.toString());

        assertThat(exit).as(stderr()).isZero();
        JsonNode tm = new ObjectMapper().readTree(stdout());
        assertThat(tm.at("/@context/0").asText()).isEqualTo("https://www.w3.org/2022/wot/td/v1.1");
        assertThat(tm.at("/@type").asText()).isEqualTo("tm:ThingModel");
        assertThat(tm.at("/properties/voltage/maximum").asInt()).isEqualTo(480);
        assertThat(stderr()).isEmpty();
    }

    @Test
    void outWritesAFileThatImportsToTheSameModel(@TempDir Path dir) {
        Path target = dir.resolve("models/meter.tm.json");

        int exit = Main.execute("export-model", "test-profiles/tsl-alink-mqtt/smart-meter.yaml", "--out", target.toString());

        assertThat(exit).as(stderr()).isZero();
        assertThat(stdout()).startsWith("wrote ");
        ThingModel exported = ThingModels.load(target, ThingModelFormat.WOT_TM);
        assertThat(exported).isEqualTo(ThingModels.load(METER, ThingModelFormat.TSL_JSON));
    }

    @Test
    void formatOptionOverridesTheFileName(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("meter.json");
        Files.copy(METER, copy);

        assertThat(Main.execute("export-model", copy.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains("cannot tell the thing-model format from the file name")
                .contains("expected --format tsl-json, wot-tm, yaml or lwm2m-ddf");
        console.reset();
        assertThat(Main.execute("export-model", copy.toString(), "--format", "tsl-json")).isZero();
        assertThat(new ObjectMapper().readTree(stdout()).at("/tc:productKey").asText()).isEqualTo("tcSmartMeter1");
    }

    @Test
    void aBrokenModelExitsTwoWithALocatedMessageAndNoStackTrace() {
        Path broken = Path.of("src/test/resources/thingmodels/broken/min-above-max.tm.json");

        int exit = Main.execute("export-model", broken.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).startsWith(broken + ":7:").contains("error: min 500 is greater than max 480")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        int exit = Main.execute("export-model", METER.toString(), "--format", "dtdl");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains("unknown format 'dtdl'; expected tsl-json, wot-tm, yaml or lwm2m-ddf");
    }

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }
}
