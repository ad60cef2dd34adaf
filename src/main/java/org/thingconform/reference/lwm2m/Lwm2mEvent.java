package org.thingconform.reference.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One entry of the northbound event stream: {@code registration, update, deregistration, expired}
 * (path and value null) or {@code notification} (the observed path, its new value, the observation).
 */
record Lwm2mEvent(String type, String endpoint, String registrationId, String path, JsonNode value,
                  String observationId, Instant time) {

    static Lwm2mEvent of(RegistrationChange change, Instant time) {
        String type = switch (change.kind()) {
            case REGISTERED -> "registration";
            case UPDATED -> "update";
            case DEREGISTERED, REPLACED -> "deregistration";
            case EXPIRED -> "expired";
        };
        return new Lwm2mEvent(type, change.registration().endpoint(), change.registration().id(), null, null, null,
                time);
    }

    ObjectNode json() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("endpoint", endpoint);
        json.put("registrationId", registrationId);
        json.put("path", path);
        json.set("value", value);
        if (observationId != null) {
            json.put("observationId", observationId);
        }
        json.put("time", time.toString());
        return json;
    }
}
