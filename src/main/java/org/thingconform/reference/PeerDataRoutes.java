package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The peer's reads of device data through the interconnection API: the current value of each
 * property (typed as the thing model says, with its time), and the values one property had in a
 * time range ({@code from} ≤ time ≤ {@code to}, UTC milliseconds), oldest first.
 */
final class PeerDataRoutes {

    private final FaultSwitch faults;

    PeerDataRoutes(FaultSwitch faults) {
        this.faults = faults;
    }

    /** {@code {deviceId, properties: [{identifier, value, time}]}}. */
    ApiResponse current(RegisteredDevice device) {
        ObjectNode answer = Json.object();
        answer.put("deviceId", device.peerId());
        ArrayNode properties = answer.putArray("properties");
        for (Map.Entry<String, ThingState.TimedValue> entry : device.state().latest().entrySet()) {
            ObjectNode item = properties.addObject();
            item.put("identifier", entry.getKey());
            JsonNode value = entry.getValue().value();
            if (faults.on(Fault.PEER_VALUES_UNTYPED) && value.isNumber()) {
                item.put("value", value.asText());
            } else {
                item.set("value", value);
            }
            item.put("time", entry.getValue().time());
        }
        return new ApiResponse(200, answer);
    }

    /** {@code {deviceId, identifier, points: [{value, time}]}} for {@code from} ≤ time ≤ {@code to}. */
    ApiResponse history(RegisteredDevice device, String identifier, String from, String to) {
        if (device.model().property(identifier).isEmpty()) {
            throw new ApiException(404, "unknown property '" + identifier + "'");
        }
        long start = millis("from", from);
        long end = millis("to", to);
        if (start > end) {
            throw new ApiException(400, "from (" + start + ") is after to (" + end + ")");
        }
        List<ThingState.TimedValue> values = device.state().history(identifier);
        ObjectNode answer = Json.object();
        answer.put("deviceId", device.peerId());
        answer.put("identifier", identifier);
        ArrayNode points = answer.putArray("points");
        boolean leaked = false;
        for (ThingState.TimedValue value : values) {
            boolean inRange = value.time() >= start && value.time() <= end;
            boolean leak = !inRange && !leaked && value.time() > end && faults.on(Fault.HISTORY_RANGE_INCLUSIVE_LEAK);
            if (inRange || leak) {
                leaked |= leak;
                ObjectNode point = points.addObject();
                point.set("value", value.value());
                point.put("time", value.time());
            }
        }
        return new ApiResponse(200, answer);
    }

    private static long millis(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new ApiException(400, name + " is missing: a time in UTC milliseconds");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(400, name + " must be a time in UTC milliseconds, got '" + value + "'");
        }
    }
}
