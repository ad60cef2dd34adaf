package org.thingconform.mutation;

import java.nio.file.Path;
import java.util.List;

/**
 * The mutation of the shipped OASIS MQTT 3.1.1 and 5.0 broker profiles against the reference broker.
 * No MUST clause is left unguarded: the reference broker's fault proxy reaches what HiveMQ's extension
 * API does not (packets before CONNECT, a second CONNECT, takeover, Session Present, acknowledgement
 * packet ids, refused CONNACKs, wildcards, topic aliases, Maximum Packet Size).
 */
class BrokerMutationTest extends ShippedMutationCheck {

    @Override
    List<Path> profileFiles() {
        return List.of(Path.of("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml"),
                Path.of("test-profiles/mqtt-broker/mqtt-5.0.profile.yaml"));
    }
}
