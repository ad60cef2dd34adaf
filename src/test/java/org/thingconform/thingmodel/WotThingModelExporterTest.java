package org.thingconform.thingmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting to a WoT Thing Model and importing it again gives back the same model. */
class WotThingModelExporterTest {

    private static final Path DIR = Path.of("test-profiles/tsl-alink-mqtt");

    @TempDir
    Path temp;

    @Test
    void tslToWotAndBackIsLossless() throws IOException {
        ThingModel original = TslImporter.importFile(DIR.resolve("smart-meter.tsl.json"));

        assertThat(roundTrip(original)).isEqualTo(original);
    }

    @Test
    void yamlToWotAndBackIsLossless() throws IOException {
        ThingModel original = YamlImporter.importFile(DIR.resolve("smart-meter.yaml"));

        assertThat(roundTrip(original)).isEqualTo(original);
    }

    @Test
    void everyKindAndOptionSurvivesTheRoundTrip() throws IOException {
        ThingModel original = YamlImporter.importFile(Path.of("src/test/resources/thingmodels/all-kinds.yaml"));

        assertThat(roundTrip(original)).isEqualTo(original);
        assertThat(original.properties()).extracting(p -> p.dataType().kind()).contains(DataKind.values());
    }

    @Test
    void theExportIsAWotThingModel() throws IOException {
        ThingModel model = TslImporter.importFile(DIR.resolve("smart-meter.tsl.json"));

        JsonNode tm = new ObjectMapper().readTree(WotThingModelExporter.toJson(model));

        assertThat(tm.at("/@context/0").asText()).isEqualTo("https://www.w3.org/2022/wot/td/v1.1");
        assertThat(tm.at("/@context/1/tc").asText()).isEqualTo(WotVocabulary.TC_NAMESPACE);
        assertThat(tm.at("/@type").asText()).isEqualTo("tm:ThingModel");
        assertThat(tm.at("/title").asText()).isEqualTo("tcSmartMeter1");
        assertThat(tm.at("/properties/voltage/type").asText()).isEqualTo("number");
        assertThat(tm.at("/properties/voltage/tc:dataType").asText()).isEqualTo("float");
        assertThat(tm.at("/properties/voltage/readOnly").asBoolean()).isTrue();
        assertThat(tm.at("/properties/voltage/maximum").isIntegralNumber()).isTrue();
        assertThat(tm.at("/properties/voltage/multipleOf").decimalValue()).isEqualByComparingTo("0.1");
        assertThat(tm.at("/properties/tariffMode/enum").toString()).isEqualTo("[0,1,2]");
        assertThat(tm.at("/actions/readHistory/input/properties/days/type").asText()).isEqualTo("integer");
        assertThat(tm.at("/events/overVoltage/data/properties/peakVoltage/unit").asText()).isEqualTo("V");
        assertThat(tm.at("/events/overVoltage/tc:eventType").asText()).isEqualTo("alert");
    }

    private ThingModel roundTrip(ThingModel model) throws IOException {
        Path file = temp.resolve("exported.tm.json");
        Files.writeString(file, WotThingModelExporter.toJson(model));
        return WotImporter.importFile(file);
    }
}
