package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.thingconform.engine.StepFailure;
import org.thingconform.protocol.lwm2m.Lwm2mClient;

/**
 * Whether the simulated client holds the values an operation was to give it: what proves a Write or a
 * Create took effect on the device, not only on the server's word.
 */
final class HeldValues {

    private HeldValues() {
    }

    /**
     * FAIL unless the client holds, under object instance {@code instance} (e.g. {@code /3303/1}), each of
     * {@code values} (by resource id) after {@code operation}.
     */
    static void require(Lwm2mClient client, String instance, Map<Integer, JsonNode> values, String operation) {
        for (Map.Entry<Integer, JsonNode> value : values.entrySet()) {
            String path = instance + "/" + value.getKey();
            Optional<Object> held = client.tree().value(path);
            if (held.isEmpty() || !ReportedValues.same(held.get(), value.getValue())) {
                throw StepFailure.fail("expected the client to hold " + path + " = " + value.getValue() + " after the "
                        + operation + "; observed " + held.map(HeldValues::shown).orElse("no value"));
            }
        }
    }

    private static String shown(Object held) {
        return held instanceof byte[] bytes ? "0x" + java.util.HexFormat.of().formatHex(bytes) : String.valueOf(held);
    }
}
