package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.source.BadInputException;

/** A clause generated over the resources of LwM2M object models: its section read, and each mistake located. */
class Lwm2mGenerationParsingTest {

    private static final String HEAD = Lwm2mTestProfiles.HEAD + "    generate:\n";

    @Test
    void aReadNeedsNoFamiliesAndAWriteKeepsItsObjectsAndFormat(@TempDir Path dir) throws Exception {
        Generation read = load(dir, "      forEach: resource\n      format: tlv\n      expect: read\n")
                .clauses().get(0).generate();
        assertThat(read.forEach()).isEqualTo(Generation.Element.RESOURCE);
        assertThat(read.expect()).isEqualTo(Generation.Outcome.READ);
        assertThat(read.objects()).isEmpty();
        assertThat(read.format()).isEqualTo("tlv");

        Profile written = load(dir, "      forEach: resource\n      objects: [device]\n      format: text\n"
                + "      families: [\"invalid.*\"]\n      expect: rejected\n");
        Generation write = written.clauses().get(0).generate();
        assertThat(write.objects()).containsExactly("device");
        assertThat(write.families()).containsExactly("invalid.*");
        assertThat(write.expect()).isEqualTo(Generation.Outcome.REJECTED);
        assertThat(written.clauses().get(0).usesDevices()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown object  | '{forEach: resource, objects: [server], format: tlv, expect: read}'                 | 'server' is not an LwM2M object model",
        "unknown format  | '{forEach: resource, format: xml, expect: read}'                                    | unknown content format 'xml'",
        "no format       | '{forEach: resource, expect: read}'                                                | missing required key 'format'",
        "read families   | '{forEach: resource, format: tlv, families: [\"valid.*\"], expect: read}'          | a read takes the value each client holds",
        "write families  | '{forEach: resource, format: tlv, expect: accepted}'                               | no families to generate",
        "other outcome   | '{forEach: resource, format: tlv, families: [\"valid.*\"], expect: refused}'       | unknown outcome 'refused' for resources",
        "device role     | '{forEach: resource, device: d, format: tlv, expect: read}'                         | device does not apply to forEach: resource",
        "format elsewhere | '{forEach: property, format: tlv, families: [\"valid.*\"], expect: accepted}'    | format belongs to forEach: resource",
    })
    void aBrokenSectionIsALocatedError(String name, String section, String message, @TempDir Path dir) {
        String body = HEAD.replace("    generate:\n", "    generate: " + section + "\n");
        assertThatThrownBy(() -> write(dir, body)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.profile.yaml:")
                .hasMessageContaining(message);
    }

    private static Profile load(Path dir, String section) throws Exception {
        return write(dir, HEAD + section);
    }

    private static Profile write(Path dir, String text) throws Exception {
        return Lwm2mTestProfiles.load(dir, text);
    }
}
