package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.source.BadInputException;

/** The descriptor's {@code wot} section: a WoT servient's descriptor needs nothing else; its URLs are loopback. */
class WotDescriptorTest {

    private static final String SERVIENT = """
            name: a servient
            wot:
              things:
                lamp: http://127.0.0.1:8080/lamp
            ics: {WOT_TD: true}
            """;

    @Test
    void aServientsDescriptorNeedsNoBrokerNorthboundOrDevices(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("servient.yaml"), SERVIENT);

        PlatformDescriptor descriptor = DescriptorLoader.load(file, name -> null);

        assertThat(descriptor.wot().things()).isEqualTo(Map.of("lamp", "http://127.0.0.1:8080/lamp"));
        assertThat(descriptor.mqtt()).isNull();
        assertThat(descriptor.northbound()).isNull();
        assertThat(DescriptorView.masked(descriptor)).containsKey("wot").doesNotContainKeys("mqtt", "northbound");
    }

    @Test
    void aTdUrlMayBeOnAnyHost(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("servient.yaml"), SERVIENT.replace("http://127.0.0.1:8080",
                "https://things.example.com"));

        PlatformDescriptor descriptor = DescriptorLoader.load(file, name -> null);

        assertThat(descriptor.wot().things()).isEqualTo(Map.of("lamp", "https://things.example.com/lamp"));
    }

    @Test
    void aDescriptorWithNeitherWotNorABrokerIsStillRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("servient.yaml"), "name: nothing\nics: {}\n");

        assertThatThrownBy(() -> DescriptorLoader.load(file, name -> null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("missing required key 'mqtt'");
    }
}
