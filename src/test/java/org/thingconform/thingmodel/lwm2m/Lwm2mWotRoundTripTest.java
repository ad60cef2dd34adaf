package org.thingconform.thingmodel.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.ThingModelFormat;
import org.thingconform.thingmodel.ThingModels;
import org.thingconform.thingmodel.WotImporter;
import org.thingconform.thingmodel.WotThingModelExporter;

/** A DDF object written as a WoT Thing Model and imported back is the same thing model. */
class Lwm2mWotRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"1-1_1.xml", "3-1_1.xml", "3303.xml"})
    void theShippedObjectsSurviveTheWotThingModel(String name) throws IOException {
        ThingModel fromDdf = ThingModels.load(Path.of("test-profiles/lwm2m/models", name), ThingModelFormat.LWM2M_DDF);
        Path tm = dir.resolve(name.replace(".xml", ".tm.json"));
        Files.writeString(tm, WotThingModelExporter.toJson(fromDdf));

        assertThat(WotImporter.importFile(tm)).isEqualTo(fromDdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"W", "RW"})
    void writeOnlyAndEnumResourcesSurviveToo(String operations) throws IOException {
        Path ddf = dir.resolve("object.xml");
        Files.writeString(ddf, "<LWM2M><Object><Name>N</Name><ObjectID>42001</ObjectID><Resources>"
                + "<Item ID=\"0\"><Name>Key Size</Name><Operations>" + operations + "</Operations>"
                + "<MultipleInstances>Multiple</MultipleInstances><Mandatory>Mandatory</Mandatory>"
                + "<Type>Unsigned Integer</Type><RangeEnumeration>16,32,48</RangeEnumeration><Units>B</Units></Item>"
                + "<Item ID=\"1\"><Name>Label</Name><Operations>" + operations + "</Operations>"
                + "<Type>String</Type><RangeEnumeration>0..32</RangeEnumeration></Item>"
                + "</Resources></Object></LWM2M>");
        ThingModel fromDdf = ThingModels.load(ddf, ThingModelFormat.LWM2M_DDF);
        Path tm = dir.resolve("object.tm.json");
        Files.writeString(tm, WotThingModelExporter.toJson(fromDdf));

        assertThat(WotImporter.importFile(tm)).isEqualTo(fromDdf);
    }
}
