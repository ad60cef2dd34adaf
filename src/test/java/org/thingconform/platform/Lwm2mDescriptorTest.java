package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.source.BadInputException;

/**
 * The descriptor's {@code lwm2m} section: an LwM2M server on any host and its API as mapped
 * operations, enough on its own for a descriptor (no MQTT broker); without the one operation every
 * LwM2M clause needs, or with an operation the suite does not know, the error points at the line.
 */
class Lwm2mDescriptorTest {

    private static final String LESHAN = """
            name: Eclipse Leshan demo server
            lwm2m:
              server: {host: lwm2m.example.com, port: 5683}
              api:
                baseUrl: https://lwm2m.example.com/api
                operations:
                  getRegistration:
                    method: GET
                    path: /clients/{endpoint}
                    extract: {lifetime: $.lifetime, binding: $.bindingMode, lwm2mVersion: $.lwM2mVersion, objectLinks: $.objectLinks}
                    fields:
                      objectLinks: {url: $.url}
                  read:
                    method: GET
                    path: /clients/{endpoint}/{path}
                    query: {format: "{format}"}
                    extract: {ok: $.success, code: $.status, value: $.content.value}
            """;

    @Test
    void anLwm2mServerAloneIsADescriptorWithItsEndpointAndApi(@TempDir Path dir) throws Exception {
        PlatformDescriptor descriptor = load(dir, LESHAN);

        assertThat(descriptor.mqtt()).isNull();
        Lwm2mServerDescriptor lwm2m = descriptor.lwm2m();
        assertThat(lwm2m.server().host()).isEqualTo("lwm2m.example.com");
        assertThat(lwm2m.server().port()).isEqualTo(5683);
        assertThat(lwm2m.api().baseUrl()).isEqualTo("https://lwm2m.example.com/api");
        assertThat(lwm2m.api().operations()).containsOnlyKeys("getRegistration", "read");
        assertThat(lwm2m.api().operations().get("getRegistration").fields())
                .containsEntry("objectLinks", Map.of("url", "$.url"));
    }

    @Test
    void theFormatsAndAbsentStatusAreReadAndWrittenBack(@TempDir Path dir) throws Exception {
        PlatformDescriptor descriptor = load(dir, LESHAN.replace("lwm2m:\n", """
                lwm2m:
                  absentStatus: [400]
                  formats: {tlv: TLV, senml-json: SENML_JSON}
                """));
        Path written = dir.resolve("written.yaml");

        DescriptorWriter.write(descriptor, written, java.util.List.of("written by a test"));
        PlatformDescriptor again = DescriptorLoader.load(written, name -> null);

        assertThat(descriptor.lwm2m().absentStatus()).containsExactly(400);
        assertThat(descriptor.lwm2m().format("tlv")).isEqualTo("TLV");
        assertThat(descriptor.lwm2m().format("text")).as("a format not named keeps the suite's name").isEqualTo("text");
        assertThat(again.lwm2m().server()).isEqualTo(descriptor.lwm2m().server());
        assertThat(again.lwm2m().formats()).isEqualTo(descriptor.lwm2m().formats());
        assertThat(again.lwm2m().absentStatus()).containsExactly(400);
        assertThat(again.lwm2m().api().operations()).isEqualTo(descriptor.lwm2m().api().operations());
    }

    @Test
    void anAbsentStatusThatIsNoErrorStatusIsALocatedError(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, LESHAN.replace("lwm2m:\n", "lwm2m:\n  absentStatus: [200]\n")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.yaml:3:")
                .hasMessageContaining("is not an HTTP error status");
    }

    @Test
    void aDescriptorWithoutAnLwm2mSectionHasNoLwm2mServer(@TempDir Path dir) throws Exception {
        PlatformDescriptor descriptor = load(dir, """
                name: broker
                mqtt: {host: 127.0.0.1, port: 1883}
                """);

        assertThat(descriptor.lwm2m()).isNull();
    }

    @Test
    void anApiWithoutGetRegistrationIsALocatedError(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, """
                name: server
                lwm2m:
                  server: {host: 127.0.0.1, port: 5683}
                  api:
                    baseUrl: http://127.0.0.1:8080/api
                    operations:
                      read: {method: GET, path: "/clients/{endpoint}/{path}"}
                """)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.yaml:7:")
                .hasMessageContaining("maps no 'getRegistration'");
    }

    @Test
    void theCompositeOperationsAndTheLwm2mIcsAnswersLoadAndPassTheSchema(@TempDir Path dir) throws Exception {
        String yaml = LESHAN + """
                      readComposite:
                        method: GET
                        path: /clients/{endpoint}/composite
                        query: {paths: "{paths}", format: "{format}"}
                        extract: {ok: $.success, code: $.status, values: $.content}
                      writeComposite:
                        method: PUT
                        path: /clients/{endpoint}/composite
                        query: {format: "{format}"}
                        body: "{params}"
                        extract: {ok: $.success}
                ics: {SENML_CBOR: true, COMPOSITE: true, QUEUE_MODE: false, BOOTSTRAP: false}
                ixit: {queueAwakeTime: 93s}
                """;
        PlatformDescriptor descriptor = load(dir, yaml);

        assertThat(descriptor.lwm2m().api().operations()).containsKeys("readComposite", "writeComposite");
        assertThat(descriptor.ics()).containsEntry("COMPOSITE", true).containsEntry("BOOTSTRAP", false);
        var validation = org.thingconform.validate.FileValidator.forValidation().validate(dir.resolve("p.yaml"),
                org.thingconform.validate.FileKind.DESCRIPTOR);
        assertThat(validation.problems()).isEmpty();
    }

    @Test
    void anUnknownOperationIsALocatedError(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, LESHAN + """
                      reboot: {method: POST, path: "/clients/{endpoint}/3/0/4"}
                """)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.yaml:18:")
                .hasMessageContaining("reboot");
    }

    @Test
    void aServerWithoutAPortIsALocatedError(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, LESHAN.replace("port: 5683", "port: 0"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.yaml:3:")
                .hasMessageContaining("5684 for CoAP over DTLS");
    }

    private static final String EVENTS = """
              events:
                path: /event
                query: {ep: "{endpoint}"}
                headers: {Accept: text/event-stream}
                kinds: {registration: REGISTRATION, update: UPDATED, deregistration: DEREGISTRATION, notification: NOTIFICATION}
                fields: {endpoint: [$.ep, $.endpoint, $.registration.endpoint], path: $.res, value: $.val.value}
            """;

    @Test
    void leshansEventStreamIsADescriptorOfItsPathKindsAndFields(@TempDir Path dir) throws Exception {
        Lwm2mEventStream events = load(dir, LESHAN + EVENTS).lwm2m().events();

        assertThat(events.path()).isEqualTo("/event");
        assertThat(events.query()).containsExactly(Map.entry("ep", "{endpoint}"));
        assertThat(events.headers()).containsEntry("Accept", "text/event-stream");
        assertThat(events.kindOf("UPDATED")).isEqualTo("update");
        assertThat(events.kindOf("COAPLOG")).isNull();
        assertThat(events.fields().get("endpoint")).containsExactly("$.ep", "$.endpoint", "$.registration.endpoint");
        assertThat(events.fields().get("value")).containsExactly("$.val.value");
    }

    @Test
    void aDescriptorWithoutEventsHasNoEventStream(@TempDir Path dir) throws Exception {
        assertThat(load(dir, LESHAN).lwm2m().events()).isNull();
    }

    @Test
    void anUnknownEventKindIsALocatedError(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, LESHAN + EVENTS.replace("update: UPDATED",
                "sleeping: SLEEPING"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.yaml:22:")
                .hasMessageContaining("unknown event kind 'sleeping'");
    }

    @Test
    void aFieldThatIsNoJsonPathIsALocatedError(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, LESHAN + EVENTS.replace("path: $.res",
                "path: \"$.[\""))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.yaml:23:")
                .hasMessageContaining("is not a JsonPath");
    }

    @Test
    void theWriterKeepsTheEventStream(@TempDir Path dir) throws Exception {
        // the writer writes the broker and northbound API every descriptor of a run has
        PlatformDescriptor original = load(dir, "mqtt: {host: 127.0.0.1, port: 1883}\nnorthbound: {baseUrl: \"http://127.0.0.1:8080/api\", operations: {}}\n" + LESHAN + EVENTS);
        Path written = dir.resolve("written.yaml");

        DescriptorWriter.write(original, written, java.util.List.of("a test"));

        assertThat(DescriptorLoader.load(written, name -> null).lwm2m().events()).isEqualTo(original.lwm2m().events());
    }

    private static PlatformDescriptor load(Path dir, String yaml) throws Exception {
        return DescriptorLoader.load(Files.writeString(dir.resolve("p.yaml"), yaml), name -> null);
    }
}
