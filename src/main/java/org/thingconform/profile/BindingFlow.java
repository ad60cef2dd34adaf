package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One flow of a binding: where its messages travel, what they look like, and how to tell
 * them apart on a topic that several flows share. Templates use {@code {productKey}},
 * {@code {deviceName}}, {@code {identifier}}; envelope templates also {@code {id}},
 * {@code {method}}, {@code {values}}, {@code {time}}, {@code {code}}, {@code {data}}.
 *
 * @param topic      where the request travels
 * @param replyTopic where the answer travels
 * @param method     the envelope's method name (template), or null
 * @param request    the request envelope for this flow, or null to use the binding's
 * @param answer     the answer envelope a device sends to a downlink, or null to use the binding's
 * @param match      JSON Pointer → value a request must carry to belong to this flow (downlinks)
 * @param replyMatch JSON Pointer → value a reply must carry to belong to this flow (uplinks)
 * @param qos        the MQTT QoS of the device's messages of this flow (its request, or its answer to a
 *                   downlink), or null to use the binding's
 */
public record BindingFlow(String topic, String replyTopic, String method, JsonNode request, JsonNode answer,
                          Map<String, String> match, Map<String, String> replyMatch, Integer qos) {

    public BindingFlow {
        match = Map.copyOf(match);
        replyMatch = Map.copyOf(replyMatch);
    }

    /** The QoS the device publishes this flow's messages with: the flow's own, else {@code bindingQos}. */
    public int qosOr(int bindingQos) {
        return qos == null ? bindingQos : qos;
    }
}
