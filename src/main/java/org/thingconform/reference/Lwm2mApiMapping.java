package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /** A body template that is the call's JSON parameters. */
    private static final JsonNode PARAMS = TextNode.valueOf("{params}");

    private Lwm2mApiMapping() {
    }

    static NorthboundApi api(String baseUrl, Secret token) {
        Map<String, NorthboundOperation> operations = new HashMap<>(Map.of(
                "getRegistration", new NorthboundOperation("GET", "/registrations/{endpoint}", null, Map.of(
                        "lifetime", "$.lifetime", "binding", "$.binding", "lwm2mVersion", "$.lwm2mVersion",
                        "objectLinks", "$.objectLinks"), List.of()),
                "listRegistrations", new NorthboundOperation("GET", "/registrations", null,
                        Map.of("registrations", "$"), List.of()),
                "read", new NorthboundOperation("GET", "/registrations/{endpoint}/data/{path}", Map.of("format", "{format}"),
                        Map.of(), Map.of(), null, Map.of("ok", "$.ok", "code", "$.code", "value", "$.value"), Map.of(),
                        List.of())));
        operations.putAll(deviceManagement());
        operations.putAll(reporting());
        operations.putAll(composite());
        return new NorthboundApi(baseUrl, Optional.of(token), operations);
    }

    /** Write, Execute, Create, Delete, Discover and Write-Attributes: the JSON parameters go as the body. */
    private static Map<String, NorthboundOperation> deviceManagement() {
        Map<String, String> outcome = Map.of("ok", "$.ok", "code", "$.code");
        return Map.of(
                "write", new NorthboundOperation("PUT", "/registrations/{endpoint}/data/{path}",
                        orderedQuery("format", "{format}", "mode", "{mode}"), Map.of(), Map.of(), PARAMS, outcome,
                        Map.of(), List.of()),
                "execute", new NorthboundOperation("POST", "/registrations/{endpoint}/execute/{path}", PARAMS, outcome,
                        List.of()),
                "create", new NorthboundOperation("POST", "/registrations/{endpoint}/instances/{object}", PARAMS,
                        Map.of("ok", "$.ok", "code", "$.code", "instanceId", "$.instanceId"), List.of()),
                "delete", new NorthboundOperation("DELETE", "/registrations/{endpoint}/instances/{object}/{instance}",
                        null, outcome, List.of()),
                "discover", new NorthboundOperation("GET", "/registrations/{endpoint}/discover/{path}", Map.of(),
                        Map.of(), Map.of(), null, Map.of("ok", "$.ok", "code", "$.code", "links", "$.links"),
                        Map.of("links", Map.of("path", "$.path", "attributes", "$.attributes", "link", "$.link")),
                        List.of()),
                "writeAttributes", new NorthboundOperation("PUT", "/registrations/{endpoint}/attributes/{path}",
                        orderedQuery("pmin", "{pmin}", "pmax", "{pmax}"), Map.of(), Map.of(), null, outcome, Map.of(),
                        List.of()));
    }

    private static Map<String, String> orderedQuery(String k1, String v1, String k2, String v2) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(k1, v1);
        query.put(k2, v2);
        return query;
    }

    /** Observe and its cancel (active or passive, {@code {mode}}). */
    private static Map<String, NorthboundOperation> reporting() {
        return Map.of(
                "observe", new NorthboundOperation("POST", "/registrations/{endpoint}/observations/{path}",
                        Map.of("format", "{format}"), Map.of(), Map.of(), null, Map.of("ok", "$.ok", "code", "$.code",
                        "value", "$.value", "observationId", "$.observationId"), Map.of(), List.of()),
                "cancelObservation", new NorthboundOperation("DELETE", "/registrations/{endpoint}/observations/{path}",
                        Map.of("mode", "{mode}"), Map.of(), Map.of(), null, Map.of("ok", "$.ok"), Map.of(), List.of()));
    }

    /**
     * Read-Composite ({@code {paths}}: comma-separated, each with its leading slash) and Write-Composite (the
     * JSON parameters {@code {"values": {path: value}}} as the body).
     */
    private static Map<String, NorthboundOperation> composite() {
        return Map.of(
                "readComposite", new NorthboundOperation("GET", "/registrations/{endpoint}/composite",
                        orderedQuery("paths", "{paths}", "format", "{format}"), Map.of(), Map.of(), null,
                        Map.of("ok", "$.ok", "code", "$.code", "values", "$.values"), Map.of(), List.of()),
                "writeComposite", new NorthboundOperation("PUT", "/registrations/{endpoint}/composite",
                        Map.of("format", "{format}"), Map.of(), Map.of(), PARAMS, Map.of("ok", "$.ok", "code", "$.code"),
                        Map.of(), List.of()));
    }

    /** The reference's event stream, {@code GET /events?endpoint=…}, described as any server's is. */
    static Lwm2mEventStream events() {
        return new Lwm2mEventStream("/events", Map.of("endpoint", "{endpoint}"), Map.of("Accept", "text/event-stream"),
                Map.of("registration", "registration", "update", "update", "deregistration", "deregistration",
                        "notification", "notification"),
                Map.of("endpoint", List.of("$.endpoint"), "path", List.of("$.path"), "value", List.of("$.value")));
    }
}
