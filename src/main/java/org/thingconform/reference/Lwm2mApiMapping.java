package org.thingconform.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.platform.Lwm2mEventStream;
import org.thingconform.platform.NorthboundApi;
import org.thingconform.platform.NorthboundOperation;
import org.thingconform.platform.Secret;

/**
 * The reference LwM2M server's API described the way the suite reaches any LwM2M server (a descriptor's
 * {@code lwm2m.api}): the suite asks the reference only through this mapping, as it asks Leshan through
 * Leshan's descriptor.
 */
final class Lwm2mApiMapping {

    private Lwm2mApiMapping() {
    }

    static NorthboundApi api(String baseUrl, Secret token) {
        return new NorthboundApi(baseUrl, Optional.of(token), Map.of(
                "getRegistration", new NorthboundOperation("GET", "/registrations/{endpoint}", null, Map.of(
                        "lifetime", "$.lifetime", "binding", "$.binding", "lwm2mVersion", "$.lwm2mVersion",
                        "objectLinks", "$.objectLinks"), List.of()),
                "listRegistrations", new NorthboundOperation("GET", "/registrations", null,
                        Map.of("registrations", "$"), List.of()),
                "read", new NorthboundOperation("GET", "/registrations/{endpoint}/data/{path}", Map.of("format", "{format}"),
                        Map.of(), Map.of(), null, Map.of("ok", "$.ok", "code", "$.code", "value", "$.value"), Map.of(),
                        List.of()),
                "observe", new NorthboundOperation("POST", "/registrations/{endpoint}/observations/{path}",
                        Map.of("format", "{format}"), Map.of(), Map.of(), null, Map.of("ok", "$.ok", "code", "$.code",
                        "value", "$.value", "observationId", "$.observationId"), Map.of(), List.of()),
                "cancelObservation", new NorthboundOperation("DELETE", "/registrations/{endpoint}/observations/{path}",
                        Map.of("mode", "{mode}"), Map.of(), Map.of(), null, Map.of("ok", "$.ok"), Map.of(), List.of())));
    }

    /** The reference's event stream, {@code GET /events?endpoint=…}, described as any server's is. */
    static Lwm2mEventStream events() {
        return new Lwm2mEventStream("/events", Map.of("endpoint", "{endpoint}"), Map.of("Accept", "text/event-stream"),
                Map.of("registration", "registration", "update", "update", "deregistration", "deregistration",
                        "notification", "notification"),
                Map.of("endpoint", List.of("$.endpoint"), "path", List.of("$.path"), "value", List.of("$.value")));
    }
}
