package org.thingconform.platform;

import java.util.Map;
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
 * {@code writeAttributes}, {@code observe} ({@code {path}}, {@code {format}}; extract {@code ok}, {@code code},
 * {@code value}: the first value) and {@code cancelObservation} ({@code {path}}, {@code {mode}}: {@code active}
 * or {@code passive}). The event stream, {@link Lwm2mEventStream}, reports registrations and notifications.
 *
 * @param server  the server's CoAP endpoint (coap, or coaps with {@code dtls})
 * @param api     the server's API
 * @param formats the suite's name of a content format ({@link #FORMATS}) → the API's spelling (Leshan:
 *                {@code tlv → TLV}); a format not named keeps the suite's name
 * @param events  the API's event stream, or null when the descriptor describes none
 */
public record Lwm2mServerDescriptor(Endpoint server, NorthboundApi api, Map<String, String> formats,
                                    Lwm2mEventStream events) {

    /** The suite's names of the LwM2M content formats. */
    public static final Set<String> FORMATS = Set.of("text", "opaque", "tlv", "json", "senml-json", "senml-cbor", "cbor");

    public Lwm2mServerDescriptor {
        formats = Map.copyOf(formats);
    }

    /** A server whose API spells the content formats as the suite does. */
    public Lwm2mServerDescriptor(Endpoint server, NorthboundApi api) {
        this(server, api, Map.of());
    }

    /** A server whose API streams no events the descriptor describes. */
    public Lwm2mServerDescriptor(Endpoint server, NorthboundApi api, Map<String, String> formats) {
        this(server, api, formats, null);
    }

    /** How the API spells the content format the suite calls {@code name}. */
    public String format(String name) {
        return formats.getOrDefault(name, name);
    }

    /** The operation names a descriptor may map. */
    public static final Set<String> OPERATIONS = Set.of("getRegistration", "listRegistrations", "read", "write",
            "execute", "create", "delete", "discover", "writeAttributes", "observe", "cancelObservation");

    /** The operations every LwM2M server's descriptor maps: without it no registration can be checked. */
    public static final Set<String> REQUIRED = Set.of("getRegistration");
}
