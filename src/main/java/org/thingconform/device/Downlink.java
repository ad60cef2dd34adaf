package org.thingconform.device;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A request the platform sent to a device (property set, service call), decoded by the
 * binding's envelope.
 *
 * @param flow    the binding flow it belongs to
 * @param message the message as received
 * @param id      the request id, or null when absent
 * @param params  its params, or a missing node
 * @param topicVariables what the request's topic carried in place of the flow's open
 *                placeholders (an RRPC {@code messageId}), echoed in the answer's topic
 * @param responseTopic   the MQTT 5 Response Topic the request asks its answer on, or null
 * @param correlationData the MQTT 5 Correlation Data the answer must echo, or null
 */
public record Downlink(String flow, DeviceMessage message, String id, JsonNode params,
                       Map<String, String> topicVariables, String responseTopic, String correlationData) {

    public Downlink {
        topicVariables = Map.copyOf(topicVariables);
    }
}
