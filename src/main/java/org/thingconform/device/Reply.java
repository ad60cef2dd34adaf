package org.thingconform.device;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform's answer to a device's request, decoded by the binding's envelope.
 *
 * @param message the message as received
 * @param id      the request id it carries, or null
 * @param code    its code, or null when absent or not a number
 * @param data    its data, or a missing node
 * @param correlationData the MQTT 5 Correlation Data it carries, or null
 */
public record Reply(DeviceMessage message, String id, Integer code, JsonNode data, String correlationData) {
}
