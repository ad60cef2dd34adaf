package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.thingconform.thingmodel.Property;
import org.thingconform.thingmodel.Service;
import org.thingconform.thingmodel.ValueValidator;

/**
 * The northbound REST API of the reference platform, as plain request → response logic:
 * <pre>
 * GET  /api/v1/things/{pk}/{dn}/properties             latest property values
 * PUT  /api/v1/things/{pk}/{dn}/properties             set properties (202, requestId)
 * GET  /api/v1/things/{pk}/{dn}/events/{eventId}       stored events
 * POST /api/v1/things/{pk}/{dn}/services/{serviceId}   invoke an async service (202, invocationId)
 * POST /api/v1/things/{pk}/{dn}/services/{serviceId}?timeoutMs=N
 *                                                      call a sync service (RRPC): held until the
 *                                                      device answers (200) or N ms pass (504)
 * GET  /api/v1/invocations/{id}?waitMs=N               invocation status, long poll up to N ms
 * </pre>
 */
final class NorthboundRoutes {

    /** The longest a caller may hold an invocation long poll. */
    static final long MAX_WAIT_MS = 30_000;
    /** The longest a sync service call waits for the device, and the default (Alink's RRPC limit). */
    static final long MAX_SYNC_TIMEOUT_MS = 8_000;

    private final DeviceRegistry registry;
    private final DownlinkSender sender;
    private final Invocations invocations;
    private final FaultSwitch faults;

    NorthboundRoutes(DeviceRegistry registry, DownlinkSender sender, Invocations invocations, FaultSwitch faults) {
        this.faults = faults;
        this.registry = registry;
        this.sender = sender;
        this.invocations = invocations;
    }

    /**
     * Answers one request.
     *
     * @param segments the decoded path segments, without empty ones
     * @param body     the parsed JSON body, or null when there is none
     * @throws ApiException when the request is refused
     */
    ApiResponse route(String method, List<String> segments, Map<String, String> query, JsonNode body) {
        if (segments.size() < 3 || !"api".equals(segments.get(0)) || !"v1".equals(segments.get(1))) {
            throw notFound(segments);
        }
        if ("things".equals(segments.get(2)) && segments.size() >= 6) {
            RegisteredDevice device = registry.find(new DeviceKey(segments.get(3), segments.get(4)))
                    .orElseThrow(() -> new ApiException(404,
                            "unknown device " + segments.get(3) + "/" + segments.get(4)));
            String resource = segments.get(5);
            if ("properties".equals(resource) && segments.size() == 6) {
                return switch (method) {
                    case "GET" -> readProperties(device);
                    case "PUT" -> setProperties(device, body);
                    default -> throw notAllowed(method, "GET, PUT");
                };
            }
            if ("events".equals(resource) && segments.size() == 7) {
                requireMethod(method, "GET");
                return listEvents(device, segments.get(6));
            }
            if ("services".equals(resource) && segments.size() == 7) {
                requireMethod(method, "POST");
                return invokeService(device, segments.get(6), body, query.get("timeoutMs"));
            }
        }
        if ("invocations".equals(segments.get(2)) && segments.size() == 4) {
            requireMethod(method, "GET");
            return invocationStatus(segments.get(3), query.get("waitMs"));
        }
        throw notFound(segments);
    }

    private ApiResponse readProperties(RegisteredDevice device) {
        ObjectNode body = Json.object();
        body.set("values", device.state().latestValues());
        return new ApiResponse(200, body);
    }

    ApiResponse setProperties(RegisteredDevice device, JsonNode body) {
        ObjectNode params = params(body);
        if (params.isEmpty()) {
            throw new ApiException(400, "params is empty: name at least one property to set");
        }
        for (Iterator<String> names = params.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Property property = device.model().property(name)
                    .orElseThrow(() -> new ApiException(400, "unknown property '" + name + "'"));
            if (!property.accessMode().writable() && !faults.on(Fault.ALLOW_READ_ONLY_SET)) {
                throw new ApiException(400, "property '" + name + "' is read-only");
            }
        }
        ValueValidator.strict().validateProperties(params, device.model().properties()).ifPresent(problem -> {
            throw new ApiException(400, problem);
        });
        ObjectNode answer = Json.object();
        answer.put("requestId", sender.setProperties(device, params));
        return new ApiResponse(202, answer);
    }

    private ApiResponse listEvents(RegisteredDevice device, String eventId) {
        if (device.model().event(eventId).isEmpty()) {
            throw new ApiException(404, "unknown event '" + eventId + "'");
        }
        ArrayNode events = Json.MAPPER.createArrayNode();
        for (ThingState.EventRecord event : device.state().events(eventId)) {
            ObjectNode item = events.addObject();
            item.put("identifier", event.identifier());
            item.put("time", event.time());
            item.set("params", event.params());
        }
        ObjectNode body = Json.object();
        body.set("events", events);
        return new ApiResponse(200, body);
    }

    /** Invokes a service as the northbound API does (a sync service with the longest timeout). */
    ApiResponse invokeService(RegisteredDevice device, String serviceId, JsonNode body) {
        return invokeService(device, serviceId, body, null);
    }

    private ApiResponse invokeService(RegisteredDevice device, String serviceId, JsonNode body, String timeoutMs) {
        Service service = device.model().service(serviceId)
                .orElseThrow(() -> new ApiException(404, "unknown service '" + serviceId + "'"));
        ObjectNode params = params(body);
        if (!faults.on(Fault.FORWARD_INVALID_SERVICE_INPUT)) {
            ValueValidator.strict().validateParameters(params, service.inputData()).ifPresent(problem -> {
                throw new ApiException(400, problem);
            });
        }
        if (service.callType() == Service.CallType.SYNC) {
            return callSync(device, service, params, syncTimeout(timeoutMs));
        }
        ObjectNode answer = Json.object();
        answer.put("invocationId", sender.invokeService(device, service, params).id());
        return new ApiResponse(202, answer);
    }

    /** Holds the caller until the device's RRPC response, or answers 504 once the timeout passes. */
    private ApiResponse callSync(RegisteredDevice device, Service service, ObjectNode params, long timeoutMs) {
        Invocations.Invocation invocation = sender.invokeSyncService(device, service, params);
        Optional<Invocations.Result> result = await(invocation, timeoutMs);
        ObjectNode body = Json.object();
        body.put("invocationId", invocation.id());
        if (result.isEmpty() && !faults.on(Fault.SYNC_TIMEOUT_AS_SUCCESS)) {
            body.put("status", "timeout");
            body.putNull("code");
            body.putNull("output");
            body.put("message", "the device did not answer " + service.identifier() + " within " + timeoutMs + " ms");
            return new ApiResponse(504, body);
        }
        body.put("status", "completed");
        body.put("code", result.map(Invocations.Result::code).orElse(AlinkCode.OK));
        body.set("output", result.map(Invocations.Result::output).orElse(Json.object()));
        return new ApiResponse(200, body);
    }

    ApiResponse invocationStatus(String id, String waitMs) {
        Invocations.Invocation invocation = invocations.find(id)
                .orElseThrow(() -> new ApiException(404, "unknown invocation '" + id + "'"));
        long wait = waitMillis(waitMs);
        Optional<Invocations.Result> result = await(invocation, wait);
        ObjectNode body = Json.object();
        body.put("status", result.isPresent() ? "completed" : "pending");
        if (result.isPresent()) {
            body.put("code", result.get().code());
            body.set("output", result.get().output());
        } else {
            body.putNull("code");
            body.putNull("output");
        }
        return new ApiResponse(200, body);
    }

    private static Optional<Invocations.Result> await(Invocations.Invocation invocation, long waitMs) {
        try {
            if (waitMs == 0) {
                return Optional.ofNullable(invocation.result().getNow(null));
            }
            return Optional.of(invocation.result().get(waitMs, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the platform is shutting down");
        } catch (ExecutionException e) {
            throw new IllegalStateException("an invocation future failed", e);
        }
    }

    private static long syncTimeout(String timeoutMs) {
        if (timeoutMs == null || timeoutMs.isEmpty()) {
            return MAX_SYNC_TIMEOUT_MS;
        }
        try {
            long timeout = Long.parseLong(timeoutMs);
            if (timeout < 1 || timeout > MAX_SYNC_TIMEOUT_MS) {
                throw new NumberFormatException(timeoutMs);
            }
            return timeout;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "timeoutMs must be an integer from 1 to " + MAX_SYNC_TIMEOUT_MS + ", got '"
                    + timeoutMs + "'");
        }
    }

    private static long waitMillis(String waitMs) {
        if (waitMs == null || waitMs.isEmpty()) {
            return 0;
        }
        try {
            long wait = Long.parseLong(waitMs);
            if (wait < 0) {
                throw new NumberFormatException(waitMs);
            }
            return Math.min(wait, MAX_WAIT_MS);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "waitMs must be a non-negative integer, got '" + waitMs + "'");
        }
    }

    private static ObjectNode params(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "the body must be a JSON object {\"params\": {...}}");
        }
        JsonNode params = body.get("params");
        if (params == null || !params.isObject()) {
            throw new ApiException(400, "params must be a JSON object");
        }
        return (ObjectNode) params;
    }

    private static void requireMethod(String method, String allowed) {
        if (!allowed.equals(method)) {
            throw notAllowed(method, allowed);
        }
    }

    private static ApiException notAllowed(String method, String allowed) {
        return new ApiException(405, "method " + method + " not allowed here; allowed: " + allowed);
    }

    private static ApiException notFound(List<String> segments) {
        return new ApiException(404, "no such resource /" + String.join("/", segments));
    }
}
