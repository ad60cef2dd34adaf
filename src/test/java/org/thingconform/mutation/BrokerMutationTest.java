package org.thingconform.mutation;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The mutation of the shipped OASIS MQTT 3.1.1 and 5.0 broker profiles against the reference broker. */
class BrokerMutationTest extends ShippedMutationCheck {

    @Override
    List<Path> profileFiles() {
        return List.of(Path.of("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml"),
                Path.of("test-profiles/mqtt-broker/mqtt-5.0.profile.yaml"));
    }

    /**
     * MUST clauses of the broker profiles that no reference fault violates, each for the same reason:
     * the violation lives where HiveMQ's extension API does not reach (its packet decoder and protocol
     * checks: a packet before CONNECT, a second CONNECT, wildcards in names and filters, Maximum Packet
     * Size; its session and client-id handling: takeover, Session Present, session expiry; its packet ids
     * in PUBACK / PUBREC / PUBCOMP / SUBACK; the CONNACK a refused CONNECT gets; topic alias resolution).
     */
    @Override
    Set<String> knownUnguarded() {
        return Set.of(
                "mqtt-broker-3.1.1 MQTT-3.1.0-1", "mqtt-broker-3.1.1 MQTT-3.1.0-2", "mqtt-broker-3.1.1 MQTT-3.1.3-8",
                "mqtt-broker-3.1.1 MQTT-3.1.4-2", "mqtt-broker-3.1.1 MQTT-3.2.2-1", "mqtt-broker-3.1.1 MQTT-3.2.2-2",
                "mqtt-broker-3.1.1 MQTT-3.2.2-3", "mqtt-broker-3.1.1 MQTT-3.2.2-4", "mqtt-broker-3.1.1 MQTT-3.3.2-2",
                "mqtt-broker-3.1.1 MQTT-2.3.1-6", "mqtt-broker-3.1.1 MQTT-4.3.3-2", "mqtt-broker-3.1.1 MQTT-3.8.4-1",
                "mqtt-broker-3.1.1 MQTT-3.8.4-2", "mqtt-broker-3.1.1 MQTT-3.3.5-1", "mqtt-broker-3.1.1 MQTT-4.7.1-2",
                "mqtt-broker-5.0 MQTT-3.1.0-1", "mqtt-broker-5.0 MQTT-3.1.0-2", "mqtt-broker-5.0 MQTT-3.1.4-3",
                "mqtt-broker-5.0 MQTT-3.2.2-2", "mqtt-broker-5.0 MQTT-3.2.2-3", "mqtt-broker-5.0 MQTT-3.1.2-23",
                "mqtt-broker-5.0 MQTT-3.2.2-7", "mqtt-broker-5.0 MQTT-3.3.2-2", "mqtt-broker-5.0 MQTT-4.3.2-4",
                "mqtt-broker-5.0 MQTT-4.3.3-9", "mqtt-broker-5.0 MQTT-3.8.4-1", "mqtt-broker-5.0 MQTT-3.8.4-2",
                "mqtt-broker-5.0 MQTT-4.7.1-1", "mqtt-broker-5.0 MQTT-3.3.2-12", "mqtt-broker-5.0 MQTT-3.1.2-24");
    }
}
