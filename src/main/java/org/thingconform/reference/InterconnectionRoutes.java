package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.thingconform.platform.Secret;
import org.thingconform.thingmodel.DataType;
import org.thingconform.thingmodel.Property;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.TslExporter;
import org.thingconform.thingmodel.WotThingModelExporter;

/**
 * The interconnection API of the reference platform, the interface a peer platform uses to
 * reach the devices shared with it:
 * <pre>
 * POST /interconnect/v1/oauth2/token                       client credentials (HTTP basic or form) → access token
 * GET  /interconnect/v1/devices?limit=N&amp;cursor=C           devices shared with the peer, in pages
 * GET  /interconnect/v1/thing-models/{productKey}[?format=]  a product's thing model as TSL JSON or WoT TM
 * PUT  /interconnect/v1/devices/{deviceId}/properties        set properties (202, requestId)
 * POST /interconnect/v1/devices/{deviceId}/services/{id}     invoke a service (202, invocationId)
 * GET  /interconnect/v1/invocations/{id}?waitMs=N            the peer's invocation, long poll up to N ms
 * GET  /interconnect/v1/devices/{deviceId}/properties        current values, typed, with times
 * GET  /interconnect/v1/devices/{deviceId}/properties/{id}/history?from=F&amp;to=T   values in [F, T] (ms)
 * POST /interconnect/v1/subscriptions                        {deviceId, callbackUrl, secret} → 201 subscriptionId
 * DELETE /interconnect/v1/subscriptions/{id}                 cancel a subscription
 * </pre>
 * Every call but the token request needs {@code Authorization: Bearer <access token>}. The
 * token request may ask for a shorter lifetime with the form parameter {@code expires_in}
 * (seconds, 0 to the default): the test hook through which a test gets an expired token
 * without waiting. A device id is {@code productKey.deviceName}.
 */
final class InterconnectionRoutes {

    /** The first path segment of the interconnection API. */
    static final String ROOT = "interconnect";
    /** Devices per page when the peer does not ask for a page size. */
    static final int DEFAULT_PAGE_SIZE = 2;
    static final int MAX_PAGE_SIZE = 100;
    /** Lifetime of an access token, in seconds. */
    static final long TOKEN_LIFETIME_SECONDS = 3600;
    /** How long an expired token is still told apart from an unknown one, before it is forgotten. */
    static final long FORGET_EXPIRED_AFTER_MS = 600_000;

    private final DeviceRegistry registry;
    private final NorthboundRoutes northbound;
    private final FaultSwitch faults;
    private final String clientId;
    private final Secret clientSecret;
    private final LongSupplier clock;
    private final Map<String, Long> tokens = new ConcurrentHashMap<>();
    private final Set<String> peerInvocations = ConcurrentHashMap.newKeySet();
    private final PeerDataRoutes data;
    private final PeerSubscriptions subscriptions;

    InterconnectionRoutes(DeviceRegistry registry, NorthboundRoutes northbound, FaultSwitch faults, String clientId,
                          Secret clientSecret, LongSupplier clock) {
        this(registry, northbound, faults, clientId, clientSecret, clock, null);
    }

    /** Routes that also serve subscriptions through {@code subscriptions} (null: none). */
    InterconnectionRoutes(DeviceRegistry registry, NorthboundRoutes northbound, FaultSwitch faults, String clientId,
                          Secret clientSecret, LongSupplier clock, PeerSubscriptions subscriptions) {
        this.data = new PeerDataRoutes(faults);
        this.subscriptions = subscriptions;
        this.registry = registry;
        this.northbound = northbound;
        this.faults = faults;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /**
     * Answers one request.
     *
     * @param segments      the decoded path segments, the first being {@link #ROOT}
     * @param authorization the Authorization header, or null
     * @param contentType   the Content-Type header, or null
     * @param body          the raw body (empty when there is none)
     * @throws ApiException when the request is refused
     */
    ApiResponse route(String method, List<String> segments, Map<String, String> query, String authorization,
                      String contentType, byte[] body) {
        if (segments.size() < 3 || !"v1".equals(segments.get(1))) {
            throw notFound(segments);
        }
        List<String> path = segments.subList(2, segments.size());
        if (path.equals(List.of("oauth2", "token"))) {
            requireMethod(method, "POST");
            return token(authorization, contentType, body);
        }
        authenticate(authorization);
        if (path.equals(List.of("devices"))) {
            requireMethod(method, "GET");
            return listDevices(query.get("limit"), query.get("cursor"));
        }
        if (path.size() == 2 && "thing-models".equals(path.get(0))) {
            requireMethod(method, "GET");
            return thingModel(path.get(1), query.get("format"));
        }
        if (path.size() >= 3 && "devices".equals(path.get(0))) {
            RegisteredDevice device = controllable(path.get(1));
            if (path.size() == 3 && "properties".equals(path.get(2))) {
                if ("GET".equals(method)) {
                    return data.current(device);
                }
                requireMethod(method, "PUT");
                return northbound.setProperties(device, json(body));
            }
            if (path.size() == 5 && "properties".equals(path.get(2)) && "history".equals(path.get(4))) {
                requireMethod(method, "GET");
                return data.history(device, path.get(3), query.get("from"), query.get("to"));
            }
            if (path.size() == 4 && "services".equals(path.get(2))) {
                requireMethod(method, "POST");
                ApiResponse response = northbound.invokeService(device, path.get(3), json(body));
                peerInvocations.add(response.body().path("invocationId").asText());
                return response;
            }
        }
        if (subscriptions != null && path.equals(List.of("subscriptions"))) {
            requireMethod(method, "POST");
            JsonNode subscription = json(body);
            JsonNode deviceId = subscription == null ? null : subscription.get("deviceId");
            if (deviceId == null || !deviceId.isTextual()) {
                throw new ApiException(400, "deviceId is missing: the device to subscribe to");
            }
            return subscriptions.subscribe(controllable(deviceId.asText()), subscription);
        }
        if (subscriptions != null && path.size() == 2 && "subscriptions".equals(path.get(0))) {
            requireMethod(method, "DELETE");
            return subscriptions.unsubscribe(path.get(1));
        }
        if (path.size() == 2 && "invocations".equals(path.get(0))) {
            requireMethod(method, "GET");
            return invocation(path.get(1), query.get("waitMs"));
        }
        throw notFound(segments);
    }

    /** Forgets the peer's invocations and subscriptions (the tokens stay valid until they expire). */
    void clear() {
        peerInvocations.clear();
        if (subscriptions != null) {
            subscriptions.clear();
        }
    }

    private ApiResponse token(String authorization, String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new ApiException(400, "invalid_request: the token request must be application/x-www-form-urlencoded");
        }
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            throw new ApiException(400, "unsupported_grant_type: expected grant_type=client_credentials");
        }
        String[] credentials = clientCredentials(authorization, form);
        boolean idMatches = credentials != null && clientId.equals(credentials[0]);
        boolean secretMatches = credentials != null && MessageDigest.isEqual(
                clientSecret.reveal().getBytes(StandardCharsets.UTF_8), credentials[1].getBytes(StandardCharsets.UTF_8));
        if (!idMatches || !secretMatches && !faults.on(Fault.ACCEPT_WRONG_CLIENT_SECRET)) {
            throw new ApiException(401, "invalid_client: unknown client or wrong client secret");
        }
        long lifetime = lifetime(form.get("expires_in"));
        String token = Secrets.token().reveal();
        long now = clock.getAsLong();
        tokens.values().removeIf(expiresAt -> expiresAt < now - FORGET_EXPIRED_AFTER_MS);
        tokens.put(token, now + lifetime * 1000);
        ObjectNode answer = Json.object();
        answer.put("access_token", token);
        answer.put("token_type", "Bearer");
        answer.put("expires_in", lifetime);
        return new ApiResponse(200, answer);
    }

    private static String[] clientCredentials(String authorization, Map<String, String> form) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        }
        if (form.containsKey("client_id") && form.containsKey("client_secret")) {
            return new String[] {form.get("client_id"), form.get("client_secret")};
        }
        return null;
    }

    private static long lifetime(String requested) {
        if (requested == null) {
            return TOKEN_LIFETIME_SECONDS;
        }
        try {
            long seconds = Long.parseLong(requested);
            if (seconds < 0 || seconds > TOKEN_LIFETIME_SECONDS) {
                throw new NumberFormatException(requested);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid_request: expires_in must be 0 to " + TOKEN_LIFETIME_SECONDS
                    + " seconds, got '" + requested + "'");
        }
    }

    private void authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            if (faults.on(Fault.ACCEPT_MISSING_TOKEN)) {
                return;
            }
            throw new ApiException(401, "missing access token: send Authorization: Bearer <token>");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "expected a bearer access token");
        }
        Long expiresAt = tokens.get(authorization.substring(7).trim());
        if (expiresAt == null) {
            throw new ApiException(401, "unknown access token");
        }
        if (clock.getAsLong() >= expiresAt && !faults.on(Fault.ACCEPT_EXPIRED_TOKEN)) {
            throw new ApiException(401, "the access token has expired");
        }
    }

    private ApiResponse listDevices(String limit, String cursor) {
        int pageSize = pageSize(limit);
        int offset = offset(cursor);
        List<RegisteredDevice> visible = registry.all().stream()
                .filter(d -> d.sharedWithPeer() || faults.on(Fault.LIST_UNSHARED_DEVICES)).toList();
        ObjectNode answer = Json.object();
        ArrayNode devices = answer.putArray("devices");
        for (RegisteredDevice device : visible.subList(Math.min(offset, visible.size()),
                Math.min(offset + pageSize, visible.size()))) {
            ObjectNode item = devices.addObject();
            item.put("deviceId", device.peerId());
            item.put("productKey", device.identity().productKey());
            item.put("deviceName", device.identity().deviceName());
            ObjectNode model = item.putObject("thingModel");
            model.put("id", device.identity().productKey());
            model.put("format", "tsl-json");
        }
        int next = offset + pageSize;
        boolean nextIsLast = next + pageSize >= visible.size();
        if (next < visible.size() && !(nextIsLast && faults.on(Fault.PAGING_DROPS_LAST_PAGE))) {
            answer.put("nextCursor", "o" + next);
        }
        return new ApiResponse(200, answer);
    }

    private static int pageSize(String limit) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(limit);
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new NumberFormatException(limit);
            }
            return size;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "limit must be 1 to " + MAX_PAGE_SIZE + ", got '" + limit + "'");
        }
    }

    private static int offset(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            if (!cursor.startsWith("o")) {
                throw new NumberFormatException(cursor);
            }
            int offset = Integer.parseInt(cursor.substring(1));
            if (offset < 0) {
                throw new NumberFormatException(cursor);
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "unknown cursor '" + cursor + "'");
        }
    }

    /** A product's model as TSL JSON (the default) or, with {@code format=wot-tm}, as a W3C WoT Thing Model. */
    private ApiResponse thingModel(String productKey, String format) {
        if (format != null && !"wot-tm".equals(format) && !"tsl-json".equals(format)) {
            throw new ApiException(400, "unknown thing-model format '" + format + "'; expected tsl-json or wot-tm");
        }
        boolean wot = "wot-tm".equals(format) && !faults.on(Fault.WOT_EXPORT_AS_TSL);
        ThingModel model = registry.all().stream()
                .filter(d -> d.sharedWithPeer() && d.identity().productKey().equals(productKey))
                .map(RegisteredDevice::model).findFirst()
                .orElseThrow(() -> new ApiException(404, "no thing model '" + productKey + "' shared with this peer"));
        if (faults.on(Fault.MODEL_EXPORT_DRIFTS)) {
            model = drifted(model);
        }
        ObjectNode answer = Json.object();
        answer.put("format", wot ? "wot-tm" : "tsl-json");
        answer.set("model", wot ? WotThingModelExporter.export(model) : TslExporter.toTsl(model));
        return new ApiResponse(200, answer);
    }

    /** The model with the max of its first numeric property raised by 1. */
    private static ThingModel drifted(ThingModel model) {
        List<Property> properties = new java.util.ArrayList<>(model.properties());
        for (int i = 0; i < properties.size(); i++) {
            Property p = properties.get(i);
            DataType t = p.dataType();
            if (t.kind().isNumeric() && t.max().isPresent()) {
                DataType changed = new DataType(t.kind(), t.min(), t.max().map(m -> m.add(java.math.BigDecimal.ONE)),
                        t.step(), t.unit(), t.length(), t.size(), t.item(), t.labels(), t.members());
                properties.set(i, new Property(p.identifier(), p.name(), p.accessMode(), p.required(), changed));
                break;
            }
        }
        return new ThingModel(model.productKey(), properties, model.events(), model.services());
    }

    private RegisteredDevice controllable(String deviceId) {
        RegisteredDevice device = registry.findByPeerId(deviceId)
                .orElseThrow(() -> new ApiException(404, "unknown device '" + deviceId + "'"));
        if (!device.sharedWithPeer() && !faults.on(Fault.CONTROL_UNSHARED_DEVICE)) {
            throw new ApiException(403, "device '" + deviceId + "' is not shared with this peer");
        }
        return device;
    }

    private ApiResponse invocation(String id, String waitMs) {
        if (!peerInvocations.contains(id)) {
            throw new ApiException(404, "unknown invocation '" + id + "'");
        }
        ApiResponse status = northbound.invocationStatus(id, waitMs);
        if (faults.on(Fault.PEER_LOSES_SERVICE_OUTPUT) && "completed".equals(status.body().path("status").asText())) {
            ((ObjectNode) status.body()).set("output", Json.object());
        }
        return status;
    }

    private static JsonNode json(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        return Json.parse(body).orElseThrow(() -> new ApiException(400, "the body is not JSON"));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                form.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "invalid_request: malformed form encoding");
            }
        }
        return form;
    }

    private static void requireMethod(String method, String allowed) {
        if (!allowed.equals(method)) {
            throw new ApiException(405, "method " + method + " not allowed here; allowed: " + allowed);
        }
    }

    private static ApiException notFound(List<String> segments) {
        return new ApiException(404, "no such resource /" + String.join("/", segments));
    }
}
