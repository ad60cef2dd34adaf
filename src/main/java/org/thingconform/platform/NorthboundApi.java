package org.thingconform.platform;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The northbound API of the platform under test: where it is, how to authenticate, and
 * how each abstract operation maps onto its HTTP requests.
 *
 * <p>Operations used by the shipped profiles: {@code readProperties} (extract
 * {@code values}: an object of identifier → value), {@code setProperties},
 * {@code listEvents} (extract {@code events}: a list of event output objects for
 * {@code {identifier}}), {@code invokeService} (extract {@code invocationId}),
 * {@code serviceResult} (extract {@code status} and {@code output}; {@code status} is
 * {@code pending} until the device answered) and {@code invokeSyncService} (a sync
 * (RRPC) call held until the device answers or {@code {timeoutMs}} pass; extract
 * {@code code} and {@code output}).
 */
public record NorthboundApi(String baseUrl, Optional<Secret> bearerToken, Map<String, NorthboundOperation> operations) {

    /** The abstract operations the steps call; a descriptor maps some or all of them. */
    public static final Set<String> OPERATIONS = Set.of("readProperties", "setProperties", "listEvents", "invokeService",
            "serviceResult", "invokeSyncService");

    public NorthboundApi {
        operations = Map.copyOf(operations);
    }
}
