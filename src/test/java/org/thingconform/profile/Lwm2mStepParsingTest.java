package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.profile.step.Lwm2mRegisterStep;
import org.thingconform.profile.step.Lwm2mRegistrationStep;
import org.thingconform.profile.step.Lwm2mUpdateStep;
import org.thingconform.source.BadInputException;

/**
 * The LwM2M client steps: defaults a clause need not write (2.01 with a location, 2.04, 300 s, 5 s), the
 * profile's DDF model files kept by id for the clients' object trees, and a broken argument as a located
 * error.
 */
class Lwm2mStepParsingTest {

    private static final String HEAD = """
            profile: lwm2m-test
            standard: {id: OMA-LWM2M, edition: "1.1.1", status: published}
            thingModels:
              device: {format: lwm2m-ddf, file: 3-1_1.xml}
            clauses:
              - id: C-1
                level: MUST
                summary: s
                steps:
            """;

    @Test
    void stepsGetTheirDefaultsAndTheProfileKeepsItsModelFiles(@TempDir Path dir) throws Exception {
        Profile profile = load(dir, """
                      - lwm2mRegister: {client: dev}
                      - lwm2mUpdate: {client: dev, lifetime: 60, objects: true}
                      - lwm2mRegistration: {client: dev, objects: [/3/0]}
                """);

        var steps = profile.clauses().get(0).steps();
        Lwm2mRegisterStep register = (Lwm2mRegisterStep) steps.get(0);
        assertThat(register.expectCodes()).containsExactly("2.01");
        assertThat(register.expectLocation()).isTrue();
        assertThat(register.lifetime()).isEqualTo(300);
        assertThat(register.objects()).isEmpty();
        Lwm2mUpdateStep update = (Lwm2mUpdateStep) steps.get(1);
        assertThat(update.expectCodes()).containsExactly("2.04");
        assertThat(update.lifetime()).isEqualTo(60L);
        assertThat(update.withObjects()).isTrue();
        assertThat(update.unknown()).isFalse();
        Lwm2mRegistrationStep registration = (Lwm2mRegistrationStep) steps.get(2);
        assertThat(registration.registered()).isTrue();
        assertThat(registration.within()).isEqualTo(Duration.ofSeconds(5));
        assertThat(profile.modelFiles()).containsOnlyKeys("device");
        assertThat(profile.modelFiles().get("device")).isEqualTo(dir.resolve("3-1_1.xml").toAbsolutePath().normalize());
        assertThat(profile.clauses().get(0).usesDevices()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "code not quoted-like | 'lwm2mRegister: {client: dev, expect: {code: \"201\"}}'   | is not a CoAP response code",
        "unknown parameter    | 'lwm2mRegister: {client: dev, omit: [endpoint]}'        | unknown registration parameter 'endpoint'",
        "no lifetime          | 'lwm2mRegister: {client: dev, lifetime: 0}'             | is not positive",
        "registration         | 'lwm2mUpdate: {client: dev, registration: stale}'       | unknown registration 'stale'",
        "expectation          | 'lwm2mRegistration: {client: dev, expect: gone}'        | unknown expectation 'gone'",
        "object link          | 'lwm2mRegistration: {client: dev, objects: [3/0]}'      | '3/0' is not an object link",
        "unknown key          | 'lwm2mDeregister: {client: dev, within: 1s}'            | unknown key 'within'",
    })
    void aBrokenArgumentIsALocatedError(String name, String step, String message, @TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, "          - " + step + "\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.profile.yaml:10:")
                .hasMessageContaining(message);
    }

    private static Profile load(Path dir, String steps) throws Exception {
        Files.copy(Path.of("test-profiles/lwm2m/models/3-1_1.xml"), dir.resolve("3-1_1.xml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return ProfileLoader.load(Files.writeString(dir.resolve("p.profile.yaml"), HEAD + steps));
    }
}
