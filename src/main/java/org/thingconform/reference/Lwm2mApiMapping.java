package org.thingconform.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                        List.of())));
    }
}
