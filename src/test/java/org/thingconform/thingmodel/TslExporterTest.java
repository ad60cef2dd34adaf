package org.thingconform.thingmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;
import org.thingconform.validate.TslSchema;

/** A model exported as TSL JSON passes the TSL schema and imports back into an equal model. */
class TslExporterTest {

    @ParameterizedTest
    @ValueSource(strings = {"test-profiles/tsl-alink-mqtt/smart-meter.tsl.json", "src/test/resources/thingmodels/all-kinds.yaml"})
    void anExportedModelConformsToTheSchemaAndImportsEqual(String file) {
        ThingModel model = ThingModels.load(Path.of(file), ThingModelFormat.guess(Path.of(file)).orElseThrow(),
                org.thingconform.source.Warnings.IGNORE);

        LocatedDocument exported = DocumentReader.parse(Path.of("exported.tsl.json"), TslExporter.toTsl(model).toPrettyString());

        assertThat(TslSchema.problems(exported)).isEmpty();
        assertThat(TslImporter.importDocument(exported)).isEqualTo(model);
        assertThat(ThingModelDiff.differences(model, TslImporter.importDocument(exported))).isEmpty();
    }

    @Test
    void theDiffNamesTheDifferingFieldOfAnElement() {
        ThingModel model = TslImporter.importFile(Path.of("test-profiles/tsl-alink-mqtt/smart-meter.tsl.json"));
        String text = TslExporter.toTsl(model).toString().replace("\"max\":\"480\"", "\"max\":\"481\"")
                .replace("\"identifier\":\"readHistory\"", "\"identifier\":\"readLog\"");
        ThingModel drifted = TslImporter.importDocument(DocumentReader.parse(Path.of("drifted.tsl.json"), text));

        assertThat(ThingModelDiff.differences(model, drifted)).containsExactly(
                "property voltage: dataType.max expected 480, observed 481",
                "service readHistory is missing",
                "service readInstant: outputData[0].dataType.max expected 480, observed 481",
                "service readLog is not in the expected model");
    }
}
