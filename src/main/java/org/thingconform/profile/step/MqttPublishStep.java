package org.thingconform.profile.step;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * Publishes a message and plays the QoS flow to its end: PUBACK for QoS 1, PUBREC / PUBREL /
 * PUBCOMP for QoS 2, each checked to carry the PUBLISH's packet id. Or, with
 * {@code expectClosed}, checks that the broker closes the connection (a PUBLISH it must refuse).
 *
 * @param payload       the payload, {@code {run}} replaced; null with {@code payloadSize}: that many bytes
 * @param topicAlias    MQTT 5 topic alias, or null; with an alias the topic may be empty
 * @param reasonCodes   codes of the PUBACK / PUBREC that pass; empty: any code below 0x80
 * @param checkedAcks   the acknowledgements whose packet id is judged ({@code PUBACK}, {@code PUBREC},
 *                      {@code PUBCOMP}); the others of the flow are still awaited and answered but not judged,
 *                      so a clause about one acknowledgement fails only for that one. Empty: all of the flow.
 */
public record MqttPublishStep(SourceLocation location, String client, String topic, String payload,
                              Integer payloadSize, int qos, boolean retain, Long messageExpiry, Integer topicAlias,
                              List<Integer> reasonCodes, List<String> checkedAcks,
                              boolean expectClosed) implements MqttStep {

    public MqttPublishStep {
        reasonCodes = List.copyOf(reasonCodes);
        checkedAcks = List.copyOf(checkedAcks);
    }

    /** Whether the packet id of this acknowledgement ({@code PUBACK}, {@code PUBREC}, {@code PUBCOMP}) is judged. */
    public boolean checks(String acknowledgement) {
        return checkedAcks.isEmpty() || checkedAcks.contains(acknowledgement);
    }

    @Override
    public String kind() {
        return "mqttPublish";
    }
}
