package org.thingconform.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.Secret;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.source.BadInputException;

/** The binding states the QoS of each flow; a flow without one uses the binding's. */
class FlowQosTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFlowWithItsOwnQosPublishesWithItAndTheOthersWithTheBindings(@TempDir Path dir) throws IOException {
        Profile profile = ProfileLoader.load(shippedWith(dir, "        method: thing.event.property.post\n",
                "        method: thing.event.property.post\n        qos: 0\n"));
        ScriptedTransport session = new ScriptedTransport();
        SimulatedDevice device = new SimulatedDevice(new DeviceIdentity("PK1", "meter7", new Secret("s")),
                profile.binding(), session, Duration.ofSeconds(2));
        device.connect(true);

        device.postProperties(JSON.createObjectNode().put("voltage", 229.5));
        device.postEvent("overVoltage", JSON.createObjectNode().put("peakVoltage", 498.5));

        assertThat(profile.binding().flow("propertyPost").qos()).isZero();
        assertThat(session.published).extracting(ScriptedTransport.Published::qos).containsExactly(0, 1);
    }

    @Test
    void aQosAboveOneIsALocatedError(@TempDir Path dir) throws IOException {
        Path file = shippedWith(dir, "        method: thing.event.property.post\n",
                "        method: thing.event.property.post\n        qos: 2\n");

        BadInputException error = catchThrowableOfType(BadInputException.class, () -> ProfileLoader.load(file));

        assertThat(error.getMessage()).contains("profile.yaml:").contains("QoS 2 is not supported");
    }

    /** A copy of the shipped profile (with its thing models) with one text replaced. */
    private static Path shippedWith(Path dir, String text, String replacement) throws IOException {
        Path shipped = Path.of("test-profiles/tsl-alink-mqtt");
        try (Stream<Path> files = Files.list(shipped)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName().toString()));
            }
        }
        Path profile = dir.resolve("profile.yaml");
        String yaml = Files.readString(profile);
        assertThat(yaml).contains(text);
        Files.writeString(profile, yaml.replace(text, replacement));
        return profile;
    }
}
