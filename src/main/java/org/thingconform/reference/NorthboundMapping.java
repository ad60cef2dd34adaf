package org.thingconform.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.platform.ApiAuth;
import org.thingconform.platform.NorthboundApi;
import org.thingconform.platform.NorthboundOperation;
import org.thingconform.platform.PushSettings;
import org.thingconform.platform.Secret;

/**
 * The reference platform's northbound API described the way the suite reaches any
 * platform: abstract operations mapped onto HTTP requests and JsonPath extractions. The
 * suite talks to the reference platform only through this mapping, as it would to a
 * vendor's platform.
 */
final class NorthboundMapping {

    private static final String PROPERTIES = "/api/v1/things/{productKey}/{deviceName}/properties";

    private NorthboundMapping() {
    }

    static NorthboundApi api(String baseUrl, Secret token) {
        return new NorthboundApi(baseUrl, Optional.of(token), Map.of(
                "readProperties", operation("GET", PROPERTIES, false, Map.of("values", "$.values")),
                "setProperties", operation("PUT", PROPERTIES, true, Map.of("requestId", "$.requestId")),
                "listEvents", operation("GET", "/api/v1/things/{productKey}/{deviceName}/events/{identifier}", false,
                        Map.of("events", "$.events[*].params")),
                "invokeService", operation("POST", "/api/v1/things/{productKey}/{deviceName}/services/{identifier}",
                        true, Map.of("invocationId", "$.invocationId")),
                "invokeSyncService", operation("POST",
                        "/api/v1/things/{productKey}/{deviceName}/services/{identifier}?timeoutMs={timeoutMs}", true,
                        Map.of("status", "$.status", "output", "$.output", "code", "$.code")),
                "serviceResult", operation("GET", "/api/v1/invocations/{invocationId}?waitMs=2000", false,
                        Map.of("status", "$.status", "output", "$.output", "code", "$.code"))));
    }

    /**
     * The interconnection API as a peer platform reaches it: OAuth2 client credentials sent
     * with HTTP basic, device ids in paths, cursor paging, pushes signed with {@code pushSecret},
     * which the peer hands over when it subscribes.
     */
    static NorthboundApi interconnection(String baseUrl, String clientId, Secret clientSecret, Secret pushSecret) {
        String root = baseUrl + "/" + InterconnectionRoutes.ROOT + "/v1";
        ObjectNode params = Json.object();
        params.put("params", "{params}");
        return new NorthboundApi(root, new ApiAuth.ClientCredentials(clientId, clientSecret,
                ApiAuth.ClientAuthentication.CLIENT_SECRET_BASIC), merged(Map.of(
                "getToken", new NorthboundOperation("POST", "/oauth2/token", Map.of(), Map.of(),
                        Map.of("grant_type", "client_credentials"), null,
                        Map.of("accessToken", "$.access_token", "expiresIn", "$.expires_in"), Map.of(), List.of()),
                "getExpiredToken", new NorthboundOperation("POST", "/oauth2/token", Map.of(), Map.of(),
                        orderedForm("grant_type", "client_credentials", "expires_in", "0"), null,
                        Map.of("accessToken", "$.access_token", "expiresIn", "$.expires_in"), Map.of(), List.of()),
                "listDevices", new NorthboundOperation("GET", "/devices", Map.of("limit", "{pageSize}",
                        "cursor", "{cursor}"), Map.of(), Map.of(), null,
                        Map.of("devices", "$.devices", "nextCursor", "$.nextCursor"),
                        Map.of("devices", Map.of("deviceId", "$.deviceId", "productKey", "$.productKey",
                                "deviceName", "$.deviceName", "thingModel", "$.thingModel.id")), List.of()),
                "getThingModel", new NorthboundOperation("GET", "/thing-models/{thingModel}?format={format}", null,
                        Map.of("model", "$.model"), List.of()),
                "setProperties", new NorthboundOperation("PUT", "/devices/{deviceId}/properties", params,
                        Map.of("requestId", "$.requestId"), List.of()),
                "invokeService", new NorthboundOperation("POST", "/devices/{deviceId}/services/{identifier}", params,
                        Map.of("invocationId", "$.invocationId"), List.of()),
                "serviceResult", new NorthboundOperation("GET", "/invocations/{invocationId}?waitMs=2000", null,
                        Map.of("status", "$.status", "output", "$.output", "code", "$.code"), List.of())), Map.of(
                "readProperties", new NorthboundOperation("GET", "/devices/{deviceId}/properties", Map.of(), Map.of(),
                        Map.of(), null, Map.of("deviceId", "$.deviceId", "properties", "$.properties"),
                        Map.of("properties", Map.of("identifier", "$.identifier", "value", "$.value", "time", "$.time")),
                        List.of()),
                "queryHistory", new NorthboundOperation("GET", "/devices/{deviceId}/properties/{identifier}/history",
                        orderedForm("from", "{from}", "to", "{to}"), Map.of(), Map.of(), null,
                        Map.of("deviceId", "$.deviceId", "points", "$.points"),
                        Map.of("points", Map.of("value", "$.value", "time", "$.time")), List.of()),
                "subscribe", new NorthboundOperation("POST", "/subscriptions", subscription(),
                        Map.of("subscriptionId", "$.subscriptionId"), List.of()),
                "unsubscribe", new NorthboundOperation("DELETE", "/subscriptions/{subscriptionId}", null, Map.of(),
                        List.of()))), Optional.of(new PushSettings(pushSecret, PushDispatcher.SIGNATURE_HEADER,
                PushDispatcher.SIGNATURE_PREFIX, Map.of())));
    }

    private static Map<String, NorthboundOperation> merged(Map<String, NorthboundOperation> first,
                                                           Map<String, NorthboundOperation> second) {
        Map<String, NorthboundOperation> all = new java.util.HashMap<>(first);
        all.putAll(second);
        return all;
    }

    /** The subscribe body: the device, the peer's callback and the secret pushes are signed with. */
    private static ObjectNode subscription() {
        ObjectNode body = Json.object();
        body.put("deviceId", "{deviceId}");
        body.put("callbackUrl", "{callbackUrl}");
        body.put("secret", "{pushSecret}");
        return body;
    }

    private static Map<String, String> orderedForm(String... namesAndValues) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static NorthboundOperation operation(String method, String path, boolean paramsBody,
                                                 Map<String, String> extract) {
        ObjectNode body = null;
        if (paramsBody) {
            body = Json.object();
            body.put("params", "{params}");
        }
        return new NorthboundOperation(method, path, body, extract, List.of());
    }
}
