package org.thingconform.platform;

import java.util.Set;

/**
 * The LwM2M server of the platform under test, as its descriptor states it: the CoAP endpoint its
 * simulated LwM2M clients register with, and the server's own API, which reports registrations,
 * values and notifications (Leshan's REST API and event stream, another server's API: each is
 * only a descriptor, with the operations below mapped onto its requests).
 *
 * <p>Operations, each with {@code {endpoint}} (the client's endpoint name) and, where they address
 * an object, instance or resource, {@code {path}} without a leading slash ({@code 3/0/1}) and
 * {@code {format}} (the content format's name as the API spells it, from {@code formats}):
 * {@code getRegistration} (success when the server knows the client; a failure status when it does
 * not; extract {@code lifetime}, {@code binding}, {@code lwm2mVersion}, and {@code objectLinks} as a
 * list with the {@code fields} {@code url}), {@code read} (extract {@code ok}, {@code code} and
 * {@code value}), {@code write}, {@code execute}, {@code create}, {@code delete}, {@code discover},
 * {@code writeAttributes}, {@code observe} and {@code cancelObservation}.
 *
 * @param server the server's CoAP endpoint (coap, or coaps with {@code dtls})
 * @param api    the server's API
 */
public record Lwm2mServerDescriptor(Endpoint server, NorthboundApi api) {

    /** The operation names a descriptor may map. */
    public static final Set<String> OPERATIONS = Set.of("getRegistration", "listRegistrations", "read", "write",
            "execute", "create", "delete", "discover", "writeAttributes", "observe", "cancelObservation");

    /** The operations every LwM2M server's descriptor maps: without it no registration can be checked. */
    public static final Set<String> REQUIRED = Set.of("getRegistration");
}
