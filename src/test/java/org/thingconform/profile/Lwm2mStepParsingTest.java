package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.profile.step.Lwm2mCreateStep;
import org.thingconform.profile.step.Lwm2mDiscoverStep;
import org.thingconform.profile.step.Lwm2mExecuteStep;
import org.thingconform.profile.step.Lwm2mRegisterStep;
import org.thingconform.profile.step.Lwm2mRegistrationStep;
import org.thingconform.profile.step.Lwm2mUpdateStep;
import org.thingconform.profile.step.Lwm2mWriteAttributesStep;
import org.thingconform.profile.step.Lwm2mWriteStep;
import org.thingconform.source.BadInputException;

/**
 * The LwM2M client steps: defaults a clause need not write (2.01 with a location, 2.04, 300 s, 5 s), the
 * profile's DDF model files kept by id for the clients' object trees, and a broken argument as a located
 * error.
 */
class Lwm2mStepParsingTest {

    @Test
    void stepsGetTheirDefaultsAndTheProfileKeepsItsModelFiles(@TempDir Path dir) throws Exception {
        Profile profile = Lwm2mTestProfiles.withSteps(dir, """
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

    @Test
    void deviceManagementStepsGetTheirDefaults(@TempDir Path dir) throws Exception {
        Profile profile = Lwm2mTestProfiles.withSteps(dir, """
                      - lwm2mWrite: {client: dev, path: /3/0/15, value: "Europe/Berlin"}
                      - lwm2mWrite: {client: dev, path: /3/0, mode: update, values: {14: "+01:00", 15: "UTC"}}
                      - lwm2mWrite: {client: dev, path: /3/0/14, value: "x", answer: "4.05"}
                      - lwm2mExecute: {client: dev, path: /3/0/4}
                      - lwm2mCreate: {client: dev, object: 3303, instance: 1, values: {5700: 21.5}}
                      - lwm2mDiscover: {client: dev, path: /3303/0, expect: {attributes: {pmin: 10}}}
                      - lwm2mWriteAttributes: {client: dev, path: /3303/0, pmax: 60}
                """);

        var steps = profile.clauses().get(0).steps();
        Lwm2mWriteStep replace = (Lwm2mWriteStep) steps.get(0);
        assertThat(replace.replace()).isTrue();
        assertThat(replace.format()).isEqualTo("text");
        assertThat(replace.expect()).isEqualTo(Lwm2mWriteStep.Expect.WRITTEN);
        assertThat(replace.values()).containsOnlyKeys(15);
        assertThat(replace.values().get(15).asText()).isEqualTo("Europe/Berlin");
        Lwm2mWriteStep update = (Lwm2mWriteStep) steps.get(1);
        assertThat(update.replace()).isFalse();
        assertThat(update.format()).isEqualTo("tlv");
        assertThat(update.values()).containsOnlyKeys(14, 15);
        Lwm2mWriteStep refused = (Lwm2mWriteStep) steps.get(2);
        assertThat(refused.answer()).isEqualTo("4.05");
        assertThat(refused.expect()).isEqualTo(Lwm2mWriteStep.Expect.ERROR);
        assertThat(((Lwm2mExecuteStep) steps.get(3)).args()).isNull();
        Lwm2mCreateStep create = (Lwm2mCreateStep) steps.get(4);
        assertThat(create.path()).isEqualTo("/3303");
        assertThat(create.instance()).isEqualTo(1);
        assertThat(create.values().get(5700).doubleValue()).isEqualTo(21.5);
        assertThat(((Lwm2mDiscoverStep) steps.get(5)).attributes()).containsExactly(java.util.Map.entry("pmin", "10"));
        Lwm2mWriteAttributesStep attributes = (Lwm2mWriteAttributesStep) steps.get(6);
        assertThat(attributes.pmin()).isNull();
        assertThat(attributes.pmax()).isEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "write on an object    | 'lwm2mWrite: {client: dev, path: /3, value: 1}'                            | '/3' is not a resource /o/i/r or an object instance /o/i",
        "update of a resource  | 'lwm2mWrite: {client: dev, path: /3/0/15, mode: update, value: x}'         | a partial update (POST) addresses an object instance",
        "unknown mode          | 'lwm2mWrite: {client: dev, path: /3/0/15, mode: merge, value: x}'          | unknown write mode 'merge'",
        "instance in text      | 'lwm2mWrite: {client: dev, path: /3/0, format: text, values: {15: x}}'     | text carries a single resource value",
        "instance with value   | 'lwm2mWrite: {client: dev, path: /3/0, value: x}'                          | an object instance is written with 'values'",
        "resource with values  | 'lwm2mWrite: {client: dev, path: /3/0/15, values: {15: x}}'                | a resource is written with one 'value'",
        "no value              | 'lwm2mWrite: {client: dev, path: /3/0/15}'                                 | missing required key 'value'",
        "value not a scalar    | 'lwm2mWrite: {client: dev, path: /3/0/15, value: [1]}'                     | 'value' must be a text, number or boolean",
        "answer but written    | 'lwm2mWrite: {client: dev, path: /3/0/15, value: x, answer: \"4.05\", expect: written}' | 'answer' goes with expect: error",
        "unknown expectation   | 'lwm2mWrite: {client: dev, path: /3/0/15, value: x, expect: done}'         | unknown expectation 'done'",
        "bad answer code       | 'lwm2mWrite: {client: dev, path: /3/0/15, value: x, answer: \"405\"}'      | is not a CoAP response code",
        "execute an instance   | 'lwm2mExecute: {client: dev, path: /3/0}'                                  | '/3/0' is not an executable resource /o/i/r",
        "bad arguments         | 'lwm2mExecute: {client: dev, path: /3/0/4, args: \"now\"}'                  | 'now' is not an Execute argument list",
        "create without id     | 'lwm2mCreate: {client: dev, object: 3303, values: {5700: 1}}'              | missing required key 'instance'",
        "create no values      | 'lwm2mCreate: {client: dev, object: 3303, instance: 1, values: {}}'        | no values given",
        "create bad resource   | 'lwm2mCreate: {client: dev, object: 3303, instance: 1, values: {x: 1}}'    | 'x' is not a resource id",
        "create object 0       | 'lwm2mCreate: {client: dev, object: 0, instance: 1, values: {1: 1}}'       | object 0 is out of range",
        "delete a resource     | 'lwm2mDelete: {client: dev, path: /3303/0/5700}'                           | '/3303/0/5700' is not an object instance /o/i",
        "discover an instance of a resource | 'lwm2mDiscover: {client: dev, path: /3/0/11/0}'              | is not an object, instance or resource",
        "discover bad attribute | 'lwm2mDiscover: {client: dev, path: /3/0, expect: {attributes: {PMin: 1}}}' | 'PMin' is not an attribute name",
        "discover no attributes | 'lwm2mDiscover: {client: dev, path: /3/0, expect: {attributes: {}}}'      | no attributes given",
        "no attribute written  | 'lwm2mWriteAttributes: {client: dev, path: /3/0}'                          | needs at least one attribute",
        "negative pmin         | 'lwm2mWriteAttributes: {client: dev, path: /3/0, pmin: -1}'                | pmin -1 is negative",
        "unknown key           | 'lwm2mDelete: {client: dev, path: /3/0, values: {1: 1}}'                   | unknown key 'values'",
    })
    void aBrokenDeviceManagementArgumentIsALocatedError(String name, String step, String message, @TempDir Path dir) {
        assertThatThrownBy(() -> Lwm2mTestProfiles.withSteps(dir, "          - " + step + "\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.profile.yaml:10:")
                .hasMessageContaining(message);
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
        assertThatThrownBy(() -> Lwm2mTestProfiles.withSteps(dir, "          - " + step + "\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.profile.yaml:10:")
                .hasMessageContaining(message);
    }
}
