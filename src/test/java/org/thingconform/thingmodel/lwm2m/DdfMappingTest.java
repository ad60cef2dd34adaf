package org.thingconform.thingmodel.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.thingmodel.DataKind;
import org.thingconform.thingmodel.DataType;
import org.thingconform.thingmodel.Parameter;
import org.thingconform.thingmodel.Service;
import org.thingconform.thingmodel.ThingModel;

/** The mapping rules of the package documentation, one small DDF file each. */
class DdfMappingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Battery Level | batteryLevel",
        "UTC Offset | utcOffset",
        "ExtDevInfo | extDevInfo",
        "TLS-DTLS Alert Code | tlsDTLSAlertCode",
        "SMS Binding Secret Key(s) | smsBindingSecretKeyS",
        "Température extérieure | temperatureExterieure",
        "  2nd value  | 2ndValue",
    })
    void identifiersAreTheLowerCamelCaseOfTheName(String name, String identifier) {
        assertThat(ResourceIdentifiers.camelCase(name)).isEqualTo(identifier);
    }

    @Test
    void aClashingOrEmptyIdentifierGetsTheResourceId() {
        ResourceIdentifiers identifiers = new ResourceIdentifiers();

        assertThat(identifiers.next("Battery Level", 9)).isEqualTo("batteryLevel");
        assertThat(identifiers.next("battery-level", 42)).isEqualTo("batteryLevel42");
        assertThat(identifiers.next("€ ÷", 7)).isEqualTo("resource7");
        assertThat(identifiers.next("x".repeat(60), 1)).hasSize(50);
        assertThat(identifiers.next("x".repeat(60), 12345)).isEqualTo("x".repeat(45) + "12345");
    }

    @Test
    void writeOnlyIsAServiceWhoseInputIsTheValue() throws IOException {
        Lwm2mObject object = importObject(item(0, "Package", "W", "Single", "Mandatory", "Opaque", "", ""));

        Service write = object.model().service("package").orElseThrow();
        assertThat(object.model().properties()).isEmpty();
        assertThat(write.required()).isTrue();
        assertThat(write.callType()).isEqualTo(Service.CallType.ASYNC);
        assertThat(write.inputData()).containsExactly(new Parameter("value", "Package", DataType.of(DataKind.TEXT)));
        assertThat(write.outputData()).isEmpty();
        assertThat(object.resource("package").orElseThrow().operations()).isEqualTo(Lwm2mOperations.W);
    }

    @Test
    void typesMapToThingModelKinds() throws IOException {
        ThingModel model = importObject(
                item(0, "A", "R", "Single", "Optional", "Boolean", "", ""),
                item(1, "B", "R", "Single", "Optional", "Opaque", "", ""),
                item(2, "C", "R", "Single", "Optional", "Objlnk", "", ""),
                item(3, "D", "R", "Single", "Optional", "Corelnk", "", ""),
                item(4, "E", "R", "Single", "Optional", "Time", "", "s"),
                item(5, "F", "RW", "Single", "Optional", "Float", "-40.5..85", "Cel"),
                item(6, "G", "R", "Single", "Optional", "Unsigned Integer", "", "B"),
                item(7, "H", "R", "Single", "Optional", "String", "0..255", "chars"),
                item(8, "I", "R", "Single", "Optional", "Integer", "16, 32,48", ""),
                item(9, "J", "R", "Multiple", "Optional", "Float", "", "V")).model();

        assertThat(kind(model, "a")).isEqualTo(DataType.of(DataKind.BOOL));
        assertThat(kind(model, "b")).isEqualTo(DataType.of(DataKind.TEXT));
        assertThat(kind(model, "c")).isEqualTo(DataType.of(DataKind.TEXT));
        assertThat(kind(model, "d")).isEqualTo(DataType.of(DataKind.TEXT));
        assertThat(kind(model, "e")).as("no unit on a date").isEqualTo(DataType.of(DataKind.DATE));
        DataType f = kind(model, "f");
        assertThat(f.kind()).isEqualTo(DataKind.DOUBLE);
        assertThat(f.min()).contains(new BigDecimal("-40.5"));
        assertThat(f.max()).contains(BigDecimal.valueOf(85));
        assertThat(f.unit()).contains("Cel");
        DataType g = kind(model, "g");
        assertThat(g.kind()).isEqualTo(DataKind.INT);
        assertThat(g.min()).contains(BigDecimal.ZERO);
        assertThat(g.max()).isEmpty();
        assertThat(g.unit()).contains("B");
        DataType h = kind(model, "h");
        assertThat(h.kind()).isEqualTo(DataKind.TEXT);
        assertThat(h.length()).contains(255);
        assertThat(h.unit()).isEmpty();
        DataType i = kind(model, "i");
        assertThat(i.kind()).isEqualTo(DataKind.ENUM);
        assertThat(i.labels()).containsExactly(Map.entry("16", "16"), Map.entry("32", "32"), Map.entry("48", "48"));
        DataType j = kind(model, "j");
        assertThat(j.kind()).isEqualTo(DataKind.ARRAY);
        assertThat(j.item().orElseThrow().unit()).contains("V");
    }

    @Test
    void aStringListOrARangeOfAnotherTypeIsKeptButDoesNotConstrain() throws IOException {
        Lwm2mObject object = importObject(
                item(0, "Mode", "RW", "Single", "Optional", "String", "U,UQ,S", ""),
                item(1, "Key", "R", "Single", "Optional", "Opaque", "16", ""));

        assertThat(kind(object.model(), "mode")).isEqualTo(DataType.of(DataKind.TEXT));
        assertThat(object.resource(0).orElseThrow().rangeEnumeration()).isEqualTo("U,UQ,S");
        assertThat(kind(object.model(), "key")).isEqualTo(DataType.of(DataKind.TEXT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3    | 1.1 | urn:oma:lwm2m:oma:3:1.1",
        "3    |     | urn:oma:lwm2m:oma:3",
        "3    | 1.0 | urn:oma:lwm2m:oma:3",
        "3303 | 1.1 | urn:oma:lwm2m:ext:3303:1.1",
        "10241| 2.0 | urn:oma:lwm2m:x:10241:2.0",
    })
    void withoutAnObjectUrnTheProductKeyIsBuiltFromIdAndVersion(int id, String version, String urn) throws IOException {
        String versionElement = version == null ? "" : "<ObjectVersion>" + version + "</ObjectVersion>";
        Path file = write("<LWM2M><Object><Name>N</Name><ObjectID>" + id + "</ObjectID>" + versionElement
                + "<Resources/></Object></LWM2M>");

        Lwm2mObject object = DdfImporter.importFile(file);

        assertThat(object.model().productKey()).isEqualTo(urn);
        assertThat(object.urn()).isEqualTo(urn);
        assertThat(object.version()).isEqualTo(version == null ? "1.0" : version);
        assertThat(object.multiple()).isFalse();
        assertThat(object.mandatory()).isFalse();
    }

    @Test
    void twoResourcesWithTheSameNameGetDistinctIdentifiers() throws IOException {
        Lwm2mObject object = importObject(
                item(1, "Value", "R", "Single", "Optional", "Integer", "", ""),
                item(2, "value", "E", "Single", "Optional", "", "", ""));

        assertThat(object.model().property("value")).isPresent();
        assertThat(object.model().service("value2")).isPresent();
        assertThat(object.resource("value2").orElseThrow().id()).isEqualTo(2);
    }

    private DataType kind(ThingModel model, String identifier) {
        return model.property(identifier).orElseThrow().dataType();
    }

    private Lwm2mObject importObject(String... items) throws IOException {
        return DdfImporter.importFile(write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LWM2M><Object>"
                + "<Name>Test</Name><ObjectID>42000</ObjectID><ObjectURN>urn:oma:lwm2m:x:42000</ObjectURN>"
                + "<MultipleInstances>Multiple</MultipleInstances><Mandatory>Optional</Mandatory><Resources>\n"
                + String.join("\n", List.of(items)) + "\n</Resources></Object></LWM2M>\n"));
    }

    private static String item(int id, String name, String operations, String multiple, String mandatory, String type,
                               String range, String units) {
        return "<Item ID=\"" + id + "\"><Name>" + name + "</Name><Operations>" + operations + "</Operations>"
                + "<MultipleInstances>" + multiple + "</MultipleInstances><Mandatory>" + mandatory + "</Mandatory>"
                + "<Type>" + type + "</Type><RangeEnumeration>" + range + "</RangeEnumeration><Units>" + units
                + "</Units><Description>d</Description></Item>";
    }

    private Path write(String xml) throws IOException {
        Path file = Files.createTempFile(dir, "object", ".xml");
        Files.writeString(file, xml);
        return file;
    }
}
