package org.thingconform.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.platform.NorthboundApi;
import org.thingconform.platform.NorthboundOperation;
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
