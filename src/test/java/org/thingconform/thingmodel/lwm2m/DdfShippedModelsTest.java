package org.thingconform.thingmodel.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.thingconform.thingmodel.AccessMode;
import org.thingconform.thingmodel.DataKind;
import org.thingconform.thingmodel.DataType;
import org.thingconform.thingmodel.Property;
import org.thingconform.thingmodel.Service;
import org.thingconform.thingmodel.ThingModel;

/** The OMA object models shipped under {@code test-profiles/lwm2m/models/} import as the package documentation maps them. */
class DdfShippedModelsTest {

    private static final Path MODELS = Path.of("test-profiles/lwm2m/models");

    @Test
    void deviceObjectThree() {
        Lwm2mObject device = DdfImporter.importFile(MODELS.resolve("3-1_1.xml"));
        ThingModel model = device.model();

        assertThat(device.id()).isEqualTo(3);
        assertThat(device.name()).isEqualTo("Device");
        assertThat(device.version()).isEqualTo("1.1");
        assertThat(device.lwm2mVersion()).isEqualTo("1.1");
        assertThat(device.multiple()).isFalse();
        assertThat(device.mandatory()).isTrue();
        assertThat(model.productKey()).isEqualTo("urn:oma:lwm2m:oma:3:1.1");
        assertThat(device.resources()).hasSize(23);
        assertThat(model.properties()).hasSize(20);
        assertThat(model.services()).extracting(Service::identifier).containsExactly("reboot", "factoryReset", "resetErrorCode");
        assertThat(model.events()).isEmpty();

        assertThat(model.property("manufacturer")).contains(
                new Property("manufacturer", "Manufacturer", AccessMode.READ_ONLY, false, DataType.of(DataKind.TEXT)));
        Service reboot = model.service("reboot").orElseThrow();
        assertThat(reboot.required()).isTrue();
        assertThat(reboot.callType()).isEqualTo(Service.CallType.ASYNC);
        assertThat(reboot.inputData()).isEmpty();
        assertThat(reboot.outputData()).isEmpty();

        Property battery = model.property("batteryLevel").orElseThrow();
        assertThat(battery.accessMode()).isEqualTo(AccessMode.READ_ONLY);
        assertThat(battery.dataType().kind()).isEqualTo(DataKind.INT);
        assertThat(battery.dataType().min()).contains(BigDecimal.ZERO);
        assertThat(battery.dataType().max()).contains(BigDecimal.valueOf(100));
        assertThat(battery.dataType().unit()).contains("%");

        Property time = model.property("currentTime").orElseThrow();
        assertThat(time.accessMode()).isEqualTo(AccessMode.READ_WRITE);
        assertThat(time.dataType()).isEqualTo(DataType.of(DataKind.DATE));

        DataType sources = model.property("availablePowerSources").orElseThrow().dataType();
        assertThat(sources.kind()).isEqualTo(DataKind.ARRAY);
        assertThat(sources.size()).isEmpty();
        assertThat(sources.item().orElseThrow().kind()).isEqualTo(DataKind.INT);
        assertThat(sources.item().orElseThrow().max()).contains(BigDecimal.valueOf(7));
        assertThat(model.property("errorCode").orElseThrow().required()).isTrue();
        assertThat(model.property("extDevInfo").orElseThrow().dataType().item()).contains(DataType.of(DataKind.TEXT));
        assertThat(model.property("utcOffset")).isPresent();

        Lwm2mResource batteryResource = device.resource("batteryLevel").orElseThrow();
        assertThat(batteryResource.id()).isEqualTo(9);
        assertThat(batteryResource.operations()).isEqualTo(Lwm2mOperations.R);
        assertThat(batteryResource.type()).isEqualTo(Lwm2mType.INTEGER);
        assertThat(batteryResource.rangeEnumeration()).isEqualTo("0..100");
        assertThat(device.resource(4).orElseThrow().identifier()).isEqualTo("reboot");
        assertThat(device.resource(6).orElseThrow().multiple()).isTrue();
        assertThat(device.resource(22).orElseThrow().type()).isEqualTo(Lwm2mType.OBJLNK);
    }

    @Test
    void serverObjectOneKeepsBootstrapOnlyResourcesOutOfTheThingModel() {
        Lwm2mObject server = DdfImporter.importFile(MODELS.resolve("1-1_1.xml"));
        ThingModel model = server.model();

        assertThat(model.productKey()).isEqualTo("urn:oma:lwm2m:oma:1:1.1");
        assertThat(server.multiple()).isTrue();
        Property shortId = model.property("shortServerID").orElseThrow();
        assertThat(shortId.required()).isTrue();
        assertThat(shortId.dataType().min()).contains(BigDecimal.ONE);
        assertThat(shortId.dataType().max()).contains(BigDecimal.valueOf(65534));
        assertThat(model.property("lifetime").orElseThrow().accessMode()).isEqualTo(AccessMode.READ_WRITE);
        assertThat(model.property("lifetime").orElseThrow().dataType().unit()).contains("s");
        assertThat(model.property("tlsDTLSAlertCode").orElseThrow().dataType().min()).contains(BigDecimal.ZERO);
        assertThat(model.property("notificationStoringWhenDisabledOrOffline").orElseThrow().dataType())
                .isEqualTo(DataType.of(DataKind.BOOL));
        assertThat(model.property("binding").orElseThrow().dataType()).as("prose RangeEnumeration: no constraint")
                .isEqualTo(DataType.of(DataKind.TEXT));
        assertThat(server.resource(7).orElseThrow().rangeEnumeration()).startsWith("The possible values");
        assertThat(model.service("registrationUpdateTrigger")).isPresent();

        Lwm2mResource priority = server.resource(13).orElseThrow();
        assertThat(priority.operations()).isEqualTo(Lwm2mOperations.NONE);
        assertThat(priority.inThingModel()).isFalse();
        assertThat(priority.type()).isEqualTo(Lwm2mType.UNSIGNED_INTEGER);
        assertThat(model.property(priority.identifier())).isEmpty();
        assertThat(model.service(priority.identifier())).isEmpty();
        assertThat(model.properties().size() + model.services().size()).isEqualTo(24 - 8);
    }

    @Test
    void temperatureObject3303() {
        Lwm2mObject temperature = DdfImporter.importFile(MODELS.resolve("3303.xml"));
        ThingModel model = temperature.model();

        assertThat(model.productKey()).isEqualTo("urn:oma:lwm2m:ext:3303:1.1");
        assertThat(temperature.lwm2mVersion()).isEqualTo("1.0");
        assertThat(model.property("sensorValue").orElseThrow().dataType()).isEqualTo(DataType.of(DataKind.DOUBLE));
        assertThat(model.property("sensorValue").orElseThrow().required()).isTrue();
        DataType fraction = model.property("fractionalTimestamp").orElseThrow().dataType();
        assertThat(fraction.kind()).isEqualTo(DataKind.DOUBLE);
        assertThat(fraction.max()).contains(BigDecimal.ONE);
        assertThat(fraction.unit()).contains("s");
        assertThat(model.property("applicationType").orElseThrow().accessMode()).isEqualTo(AccessMode.READ_WRITE);
        assertThat(model.service("resetMinAndMaxMeasuredValues")).isPresent();
        assertThat(temperature.resource("sensorValue").orElseThrow().id()).isEqualTo(5700);
    }
}
