package org.thingconform.reference.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.leshan.core.link.Link;

/**
 * The northbound API of the LwM2M server below {@code /lwm2m/v1} (the event stream aside): the
 * registrations, and the operations on a registered client under {@code /registrations/{endpoint}}.
 */
final class Lwm2mRoutes {

    private static final long DEFAULT_TIMEOUT_MILLIS = 5000;
    private static final long MAX_TIMEOUT_MILLIS = 60_000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Registrations registrations;
    private final DeviceManagement management;
    private final CompositeOperations composite;
    private final Observations observations;
    private final Predicate<Lwm2mFault> faults;

    Lwm2mRoutes(Registrations registrations, DeviceManagement management, CompositeOperations composite,
                Observations observations, Predicate<Lwm2mFault> faults) {
        this.registrations = registrations;
        this.management = management;
        this.composite = composite;
        this.observations = observations;
        this.faults = faults;
    }

    /** Answers {@code method} on {@code segments} (after {@code /lwm2m/v1}); throws {@link ApiError}. */
    JsonNode route(String method, List<String> segments, Map<String, String> query, JsonNode body) {
        if (segments.isEmpty() || !segments.get(0).equals("registrations")) {
            throw new ApiError(404, "no such resource; see /lwm2m/v1/registrations and /lwm2m/v1/events");
        }
        if (segments.size() == 1) {
            requireMethod(method, "GET");
            ArrayNode list = JSON.arrayNode();
            registrations.all().forEach(r -> list.add(json(r)));
            return list;
        }
        String endpoint = segments.get(1);
        if (segments.size() == 2) {
            requireMethod(method, "GET");
            return json(management.registration(endpoint));
        }
        String operation = segments.get(2);
        String path = String.join("/", segments.subList(3, segments.size()));
        long timeout = timeout(query.get("timeoutMs"));
        return switch (operation + " " + method) {
            case "data GET" -> management.read(endpoint, path, query.get("format"), timeout);
            case "data PUT" -> management.write(endpoint, path, query.get("format"), query.get("mode"), body, timeout);
            case "execute POST" -> management.execute(endpoint, path,
                    body != null && body.hasNonNull("args") ? body.get("args").asText() : null, timeout);
            case "instances POST" -> management.create(endpoint, path, body, query.get("format"), timeout);
            case "instances DELETE" -> {
                if (segments.size() != 5) {
                    throw new ApiError(400, "DELETE needs /instances/{objectId}/{instanceId}");
                }
                yield management.delete(endpoint, segments.get(3), segments.get(4), timeout);
            }
            case "discover GET" -> management.discover(endpoint, path, timeout);
            case "attributes PUT" -> management.writeAttributes(endpoint, path, query, timeout);
            case "observations POST" -> management.observe(endpoint, path, query.get("format"), timeout);
            case "observations DELETE" -> management.cancel(endpoint, path, query.get("mode"), timeout);
            case "observations GET" -> observationList(endpoint);
            case "composite GET" -> composite.read(endpoint, query.get("paths"), query.get("format"), timeout);
            case "composite PUT" -> composite.write(endpoint, body, query.get("format"), timeout);
            default -> throw new ApiError(405, method + " is not supported on /registrations/{endpoint}/"
                    + operation + " (data: GET, PUT; execute: POST; instances: POST, DELETE; discover: GET; "
                    + "attributes: PUT; observations: GET, POST, DELETE; composite: GET, PUT)");
        };
    }

    private JsonNode observationList(String endpoint) {
        Registration client = management.registration(endpoint);
        ArrayNode list = JSON.arrayNode();
        for (Observation observation : observations.of(client.id(), null)) {
            ObjectNode entry = list.addObject();
            entry.put("observationId", observation.id());
            entry.put("path", observation.path().toString());
            entry.put("format", observation.format().apiName());
        }
        return list;
    }

    private ObjectNode json(Registration registration) {
        ObjectNode json = JSON.objectNode();
        json.put("endpoint", registration.endpoint());
        json.put("registrationId", registration.id());
        json.put("lifetime", registration.lifetimeSeconds());
        json.put("binding", registration.binding());
        json.put("lwm2mVersion", registration.lwm2mVersion());
        json.put("smsNumber", registration.smsNumber());
        json.put("queueMode", registration.queueMode());
        ArrayNode links = json.putArray("objectLinks");
        if (!faults.test(Lwm2mFault.NORTHBOUND_DROPS_OBJECTS)) {
            registration.objectLinks().stream().map(Link::toCoreLinkFormat).forEach(links::add);
        }
        json.put("address", registration.address().getAddress().getHostAddress() + ":"
                + registration.address().getPort());
        json.put("registeredAt", registration.registeredAt().toString());
        json.put("lastUpdate", registration.lastUpdate().toString());
        json.put("expiresAt", registration.expiresAt().toString());
        return json;
    }

    private static void requireMethod(String method, String expected) {
        if (!method.equals(expected)) {
            throw new ApiError(405, method + " is not supported here; use " + expected);
        }
    }

    private static long timeout(String value) {
        if (value == null) {
            return DEFAULT_TIMEOUT_MILLIS;
        }
        try {
            long millis = Long.parseLong(value);
            if (millis > 0 && millis <= MAX_TIMEOUT_MILLIS) {
                return millis;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiError(400, "timeoutMs must be a number of milliseconds from 1 to " + MAX_TIMEOUT_MILLIS);
    }
}
