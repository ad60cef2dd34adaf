package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.thingconform.validate.DataSchemaCheck;

/**
 * The state of the reference WoT lamp and how its properties are read and written, whatever the
 * protocol: a write is checked against the property's data schema from the TD (a wrong value gets
 * 400, a read-only property 405), unless a fault says otherwise.
 */
final class WotLamp {

    /** An answer in HTTP terms; the CoAP server maps the status onto a CoAP code. */
    record Answer(int status, String contentType, String body) {
    }

    private final ObjectNode td;
    private final FaultSwitch faults;
    private final Map<String, JsonNode> values = new ConcurrentHashMap<>();

    WotLamp(ObjectNode td, FaultSwitch faults) {
        this.td = td;
        this.faults = faults;
        reset();
    }

    /** Sets every property to its value at start, so that no earlier write shows. */
    void reset() {
        values.put("brightness", Json.MAPPER.getNodeFactory().numberNode(40));
        values.put("on", Json.MAPPER.getNodeFactory().booleanNode(true));
        values.put("status", Json.MAPPER.getNodeFactory().textNode("ok"));
    }

    boolean hasProperty(String name) {
        return td.path("properties").has(name);
    }

    Answer read(String name, String contentType) {
        JsonNode value = name.equals("status") && faults.on(Fault.TD_READ_OUT_OF_SCHEMA)
                ? Json.MAPPER.getNodeFactory().textNode("melting") : values.get(name);
        return new Answer(200, contentType, value.toString());
    }

    Answer write(String name, byte[] body) {
        JsonNode schema = td.path("properties").get(name);
        if (schema.path("readOnly").asBoolean(false)) {
            return new Answer(405, "application/json", error("property " + name + " is read-only"));
        }
        Optional<JsonNode> value = Json.parse(body);
        if (value.isEmpty()) {
            return new Answer(400, "application/json", error("the body is not JSON"));
        }
        List<String> violations = DataSchemaCheck.violations(schema, value.get());
        if (!violations.isEmpty()) {
            // with the fault the write is acknowledged as if it succeeded, though the value is dropped
            return faults.on(Fault.TD_WRITE_INVALID_ACCEPTED) ? new Answer(204, null, "")
                    : new Answer(400, "application/json", error("invalid value for " + name + ": " + violations));
        }
        if (!faults.on(Fault.TD_WRITE_NOT_STORED)) {
            values.put(name, value.get());
        }
        return new Answer(204, null, "");
    }

    void set(String name, JsonNode value) {
        values.put(name, value);
    }

    private static String error(String message) {
        ObjectNode error = Json.object();
        error.put("error", message);
        return error.toString();
    }
}
