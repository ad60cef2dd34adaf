package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A descriptor may declare the version of the platform under test; the reports and the evidence show it. */
class DescriptorVersionTest {

    private static final String SERVIENT = """
            name: a servient
            version: "2.3.1"
            wot:
              things:
                lamp: http://127.0.0.1:8080/lamp
            ics: {WOT_TD: true}
            """;

    @Test
    void theDeclaredVersionIsReadShownAndWrittenBack(@TempDir Path dir) throws Exception {
        PlatformDescriptor descriptor = DescriptorLoader.load(Files.writeString(dir.resolve("p.yaml"), SERVIENT),
                name -> null);

        assertThat(descriptor.version()).isEqualTo("2.3.1");
        assertThat(DescriptorView.masked(descriptor)).containsEntry("version", "2.3.1");
    }

    @Test
    void withoutOneTheViewHasNone(@TempDir Path dir) throws Exception {
        PlatformDescriptor descriptor = DescriptorLoader.load(Files.writeString(dir.resolve("p.yaml"),
                SERVIENT.replace("version: \"2.3.1\"\n", "")), name -> null);

        assertThat(descriptor.version()).isNull();
        assertThat(DescriptorView.masked(descriptor)).doesNotContainKey("version");
    }
}
