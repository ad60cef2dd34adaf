package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.profile.step.Lwm2mReadCompositeStep;
import org.thingconform.profile.step.Lwm2mWriteCompositeStep;
import org.thingconform.source.BadInputException;

/** The LwM2M composite steps: their defaults, the profile's order of values kept, a broken argument a located error. */
class Lwm2mCompositeStepParsingTest {

    @Test
    void compositeStepsKeepTheirPathsAndValuesInOrderWithSenmlJsonByDefault(@TempDir Path dir) throws Exception {
        Profile profile = Lwm2mTestProfiles.withSteps(dir, """
                      - lwm2mReadComposite: {client: dev, paths: [/3/0/14, /1/0/1]}
                      - lwm2mWriteComposite: {client: dev, values: {"/3/0/14": "+01", "/1/0/1": 120}, format: senml-cbor}
                """);

        Lwm2mReadCompositeStep read = (Lwm2mReadCompositeStep) profile.clauses().get(0).steps().get(0);
        assertThat(read.paths()).containsExactly("/3/0/14", "/1/0/1");
        assertThat(read.format()).isEqualTo("senml-json");
        Lwm2mWriteCompositeStep write = (Lwm2mWriteCompositeStep) profile.clauses().get(0).steps().get(1);
        assertThat(write.values().keySet()).containsExactly("/3/0/14", "/1/0/1");
        assertThat(write.values().get("/1/0/1").intValue()).isEqualTo(120);
        assertThat(write.format()).isEqualTo("senml-cbor");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no paths             | 'lwm2mReadComposite: {client: dev}'                                   | 10:33 | missing required key 'paths'",
        "one path             | 'lwm2mReadComposite: {client: dev, paths: [/3/0/14]}'                 | 10:54 | a composite read of 1 path(s)",
        "an instance path     | 'lwm2mReadComposite: {client: dev, paths: [/3/0/14, /3/0]}'           | 10:64 | '/3/0' is not a resource path",
        "a path twice         | 'lwm2mReadComposite: {client: dev, paths: [/3/0/14, /3/0/14]}'        | 10:64 | path /3/0/14 is listed twice",
        "read in tlv          | 'lwm2mReadComposite: {client: dev, paths: [/3/0/14, /1/0/1], format: tlv}' | 10:81 | 'tlv' is no composite content format",
        "one value            | 'lwm2mWriteComposite: {client: dev, values: {/3/0/14: x}}'            | 10:56 | a composite write of 1 resource(s)",
        "value not a resource | 'lwm2mWriteComposite: {client: dev, values: {/3/0: x, /1/0/1: 1}}'    | 10:63 | '/3/0' is not a resource path",
        "value not a scalar   | 'lwm2mWriteComposite: {client: dev, values: {/3/0/14: [x], /1/0/1: 1}}' | 10:66 | the value of /3/0/14 must be a text",
        "unknown key          | 'lwm2mWriteComposite: {client: dev, values: {/3/0/14: x, /1/0/1: 1}, paths: [/3/0/14]}' | 10: | unknown key 'paths'",
    })
    void aBrokenCompositeArgumentIsALocatedError(String name, String step, String where, String message,
                                                 @TempDir Path dir) {
        assertThatThrownBy(() -> Lwm2mTestProfiles.withSteps(dir, "          - " + step + "\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.profile.yaml:" + where)
                .hasMessageContaining(message);
    }
}
