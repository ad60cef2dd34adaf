package org.thingconform.thingmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped smart meter, written as TSL JSON, WoT Thing Model and native YAML, is one and the same model. */
class ThingModelFormsTest {

    private static final Path DIR = Path.of("test-profiles/tsl-alink-mqtt");

    @Test
    void theThreeFormsOfTheSmartMeterImportEqual() {
        ThingModel tsl = ThingModels.load(DIR.resolve("smart-meter.tsl.json"), ThingModelFormat.TSL_JSON);
        ThingModel wot = ThingModels.load(DIR.resolve("smart-meter.tm.json"), ThingModelFormat.WOT_TM);
        ThingModel yaml = ThingModels.load(DIR.resolve("smart-meter.yaml"), ThingModelFormat.YAML);

        assertThat(wot).isEqualTo(tsl);
        assertThat(yaml).isEqualTo(tsl);
    }

    @Test
    void theImportedModelHoldsWhatTheFilesSay() {
        ThingModel model = ThingModels.load(DIR.resolve("smart-meter.tm.json"), ThingModelFormat.WOT_TM);

        assertThat(model.productKey()).isEqualTo("tcSmartMeter1");
        assertThat(model.properties()).extracting(Property::identifier)
                .containsExactly("voltage", "energyTotal", "reportInterval", "tariffMode", "relayOn", "meterLabel",
                        "installedAt", "location", "harmonics", "tariffSchedule");
        Property voltage = model.property("voltage").orElseThrow();
        assertThat(voltage.accessMode()).isEqualTo(AccessMode.READ_ONLY);
        assertThat(voltage.required()).isTrue();
        assertThat(voltage.dataType().kind()).isEqualTo(DataKind.FLOAT);
        assertThat(voltage.dataType().max()).contains(new BigDecimal("480"));
        assertThat(voltage.dataType().step()).contains(new BigDecimal("0.1"));
        assertThat(model.property("energyTotal").orElseThrow().dataType().kind()).isEqualTo(DataKind.DOUBLE);
        assertThat(model.property("tariffMode").orElseThrow().dataType().labels())
                .containsEntry("0", "flat").containsEntry("2", "valley").hasSize(3);
        assertThat(model.property("meterLabel").orElseThrow().dataType().length()).contains(32);
        assertThat(model.event("overVoltage").orElseThrow().type()).isEqualTo(Event.EventType.ALERT);
        assertThat(model.service("readHistory").orElseThrow().outputData()).extracting(Parameter::identifier)
                .containsExactly("energyKwh", "samples");
    }

    @Test
    void formatsAreNamedAndGuessedFromFileNames() {
        assertThat(ThingModelFormat.fromName("wot-tm")).contains(ThingModelFormat.WOT_TM);
        assertThat(ThingModelFormat.fromName("wot")).isEmpty();
        assertThat(ThingModelFormat.guess(Path.of("a/meter.tsl.json"))).contains(ThingModelFormat.TSL_JSON);
        assertThat(ThingModelFormat.guess(Path.of("meter.tm.json"))).contains(ThingModelFormat.WOT_TM);
        assertThat(ThingModelFormat.guess(Path.of("meter.yml"))).contains(ThingModelFormat.YAML);
        assertThat(ThingModelFormat.guess(Path.of("meter.json"))).isEmpty();
        assertThat(ThingModelFormat.choices()).isEqualTo("tsl-json, wot-tm, yaml or lwm2m-ddf");
    }
}
