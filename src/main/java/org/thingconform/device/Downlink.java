package org.thingconform.device;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request the platform sent to a device (property set, service call), decoded by the
 * binding's envelope.
 *
 * @param flow    the binding flow it belongs to
 * @param message the message as received
 * @param id      the request id, or null when absent
 * @param params  its params, or a missing node
 */
public record Downlink(String flow, DeviceMessage message, String id, JsonNode params) {
}
