package org.thingconform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thingconform.thingmodel.TslImporter;

/**
 * The peer's data reads on the reference platform as plain logic: current values typed and
 * timed, history ranges inclusive at both ends and nothing outside them, and the two data
 * faults doing exactly what they say.
 */
class PeerDataRoutesTest {

    private final FaultSwitch faults = new FaultSwitch();
    private final PeerDataRoutes routes = new PeerDataRoutes(faults);
    private RegisteredDevice device;

    @BeforeEach
    void setUp() {
        device = new DeviceRegistry().register("m", TslImporter.importFile(
                Path.of("test-profiles/tsl-alink-mqtt/smart-meter.tsl.json")), true);
        for (long t = 1000; t <= 5000; t += 1000) {
            device.state().storeProperties(Map.of("voltage",
                    new ThingState.TimedValue(JsonNodeFactory.instance.numberNode(200.5 + t / 1000), t)));
        }
    }

    private JsonNode history(long from, long to) {
        return routes.history(device, "voltage", String.valueOf(from), String.valueOf(to)).body().get("points");
    }

    @Test
    void aRangeHoldsExactlyTheValuesFromItsStartToItsEnd() {
        assertThat(history(2000, 4000)).extracting(p -> p.get("time").asLong()).containsExactly(2000L, 3000L, 4000L);
        assertThat(history(2001, 3999)).extracting(p -> p.get("value").asDouble()).containsExactly(203.5);
        assertThat(history(6000, 7000)).isEmpty();
    }

    @Test
    void theLeakFaultAddsTheFirstValueAfterTheEnd() {
        faults.set(Set.of(Fault.HISTORY_RANGE_INCLUSIVE_LEAK));

        assertThat(history(2000, 3000)).extracting(p -> p.get("time").asLong()).containsExactly(2000L, 3000L, 4000L);
    }

    @Test
    void currentValuesAreTypedAndTimedUnlessTheUntypedFaultIsOn() {
        JsonNode current = routes.current(device).body().get("properties").get(0);
        assertThat(current.get("value").isNumber()).isTrue();
        assertThat(current.get("time").asLong()).isEqualTo(5000L);

        faults.set(Set.of(Fault.PEER_VALUES_UNTYPED));
        assertThat(routes.current(device).body().get("properties").get(0).get("value").asText()).isEqualTo("205.5");
        assertThat(routes.current(device).body().get("properties").get(0).get("value").isTextual()).isTrue();
    }

    @Test
    void aMalformedRangeIsA400AndAnUnknownPropertyA404() {
        assertThat(catchThrowableOfType(() -> routes.history(device, "voltage", "x", "1"), ApiException.class).status())
                .isEqualTo(400);
        assertThat(catchThrowableOfType(() -> routes.history(device, "voltage", "5", "1"), ApiException.class).status())
                .isEqualTo(400);
        assertThat(catchThrowableOfType(() -> routes.history(device, "volts", "1", "5"), ApiException.class).status())
                .isEqualTo(404);
    }
}
