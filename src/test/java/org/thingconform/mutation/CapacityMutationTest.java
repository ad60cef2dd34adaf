package org.thingconform.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The mutation of the shipped capacity profiles: for the MQTT broker, a connection limit, lost messages and slow
 * delivery in the reference's fault proxy; for TSL/Alink devices, a device quota, unanswered property posts and slow
 * post_replies on the Alink side of the broker. Each fails the capacity clause that measures it, with the measured
 * value and the threshold in the reason. Its own group: capacity clauses run alone, so no other profile runs beside
 * them, and one group for both keeps two fleets from measuring side by side in two forks of the build.
 */
class CapacityMutationTest extends ShippedMutationCheck {

    @Override
    List<Path> profileFiles() {
        return List.of(Path.of("test-profiles/capacity/mqtt-broker-capacity.profile.yaml"),
                Path.of("test-profiles/capacity/tsl-alink-capacity.profile.yaml"));
    }

    /**
     * Latency bounds with room for a loaded build machine (the fault-free reference answers within milliseconds),
     * still under the 2 s the slow-delivery and slow-replies faults hold every message; and 3 s of load, not 1 s: a
     * worker process that has just started, on a build machine busy with other forks, took more than a second to
     * acknowledge the devices' subscriptions, and a fleet that never got to post measures nothing.
     */
    @Override
    Map<String, JsonNode> ixit() {
        return Map.of("fleetP95", TextNode.valueOf("1500ms"), "fleetP99", TextNode.valueOf("1900ms"),
                "deviceFleetP95", TextNode.valueOf("1500ms"), "deviceFleetP99", TextNode.valueOf("1900ms"),
                "fleetLoadFor", TextNode.valueOf("3s"), "deviceFleetLoadFor", TextNode.valueOf("3s"));
    }
}
