package org.thingconform.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thingconform.reference.pki.IssuedCertificate;
import org.thingconform.reference.pki.ThrowawayCa;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped file validates clean against its schema and its loader, and every shipped
 * YAML file names its schema for editors in its first line; so do the valid fixtures other
 * tests use, so the schemas cannot drift away from what the suite itself writes.
 */
class ShippedFilesValidateTest {

    private static final ThrowawayCa CA = ThrowawayCa.create("shipped-files test CA");
    private static final IssuedCertificate METER = CA.client("CN=meter-001,OU=a1SmartMeter");
    private static final Map<String, String> ENV = Map.ofEntries(Map.entry("THINGCONFORM_NORTHBOUND_TOKEN", "t"),
            Map.entry("THINGCONFORM_METER_SECRET", "s"), Map.entry("THINGCONFORM_PEER_SECRET", "p"),
            Map.entry("THINGCONFORM_METER_101_SECRET", "s1"), Map.entry("THINGCONFORM_METER_102_SECRET", "s2"),
            Map.entry("THINGCONFORM_METER_103_SECRET", "s3"), Map.entry("THINGCONFORM_METER_900_SECRET", "s9"),
            Map.entry("THINGCONFORM_PUSH_SECRET", "h"),
            // the TLS example's key material, as PEM text in the environment
            Map.entry("THINGCONFORM_PLATFORM_CA_PEM", CA.certificatePem()),
            Map.entry("THINGCONFORM_API_CA_PEM", CA.certificatePem()),
            Map.entry("THINGCONFORM_METER_CERT_PEM", METER.chainPem()),
            Map.entry("THINGCONFORM_METER_KEY_PEM", METER.keyPem()),
            Map.entry("THINGCONFORM_METER_PSK", "00112233445566778899aabbccddeeff"));
    private static final FileValidator VALIDATOR = new FileValidator(ENV::get, true);

    static Stream<ValidationTargets.Target> shippedAndValidFixtures() {
        return ValidationTargets.of(List.of(Path.of("test-profiles"), Path.of("src/test/resources/profiles/tencent-style"),
                Path.of("src/test/resources/profiles/formats"), Path.of("src/test/resources/profiles/mutation"),
                Path.of("src/test/resources/thingmodels/all-kinds.yaml"),
                Path.of("src/test/resources/thingmodels/extends/leaf.tm.json"),
                Path.of("src/test/resources/thingmodels/extends/override.tm.json"))).targets().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedAndValidFixtures")
    void validatesWithoutAnyProblem(ValidationTargets.Target target) {
        Validation<?> validation = VALIDATOR.validate(target.file(), target.kind());

        assertThat(validation.problems()).as(target.file().toString()).isEmpty();
        assertThat(validation.value()).isPresent();
    }

    @Test
    void everyShippedKindIsFound() {
        assertThat(shippedAndValidFixtures().map(ValidationTargets.Target::kind))
                .contains(FileKind.PROFILE, FileKind.DESCRIPTOR, FileKind.TSL_MODEL, FileKind.WOT_MODEL, FileKind.YAML_MODEL,
                        FileKind.WAIVERS, FileKind.LWM2M_MODEL);
        assertThat(shippedAndValidFixtures().map(t -> t.file().getFileName().toString()))
                .as("a base Thing Model is checked through the model that extends it")
                .doesNotContain("metering-base.tm.json");
    }

    @Test
    void everyShippedYamlFileNamesAnExistingSchemaInItsFirstLine() throws IOException {
        List<Path> yaml;
        try (Stream<Path> files = Files.walk(Path.of("test-profiles"))) {
            yaml = files.filter(FileKind::isYaml).sorted().toList();
        }
        assertThat(yaml).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : yaml) {
            String first = Files.readAllLines(file).get(0);
            assertThat(first).as(file.toString()).startsWith("# yaml-language-server: $schema=");
            Path schema = file.resolveSibling(first.substring(first.indexOf('=') + 1).trim()).normalize();
            assertThat(schema).as(file + " names " + schema).isRegularFile();
            FileKind kind = ValidationTargets.of(List.of(file)).targets().get(0).kind();
            assertThat(schema.getFileName().toString()).as(file.toString()).isEqualTo(kind.schema().orElseThrow());
        }
    }
}
