package org.thingconform.platform;

import java.util.List;
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
 * <p>The device management operations take these variables and JSON parameters (a body template
 * {@code "{params}"} sends them all; {@code "{params.NAME}"} leaves and {@code "{forEach}"} lists, see
 * {@link NorthboundOperation}, put them in the shape the API wants): {@code write} {@code {path}},
 * {@code {format}}, {@code {mode}} ({@code replace} or {@code update}), {@code {replace}} ({@code true} for a
 * replace, {@code false} for a partial update), parameters {@code {"id": 15, "value": v, "type": "string"}} for
 * resource 15 or {@code {"id": 0, "resources": {"1": v}, "nodes": [{"id": 1, "value": v, "type": "integer"}]}}
 * for instance 0 (each node's {@code type} is the resource's DDF {@code <Type>} lowercased, e.g.
 * {@code unsigned integer}, from the profile's object model; absent when no model has the resource);
 * {@code execute} {@code {path}}, parameters {@code {"args": "0='now'"}} or none; {@code create} {@code {object}},
 * parameters {@code {"instanceId": i, "resources": {"r": v}, "nodes": [{"id": r, "value": v, "type": t}]}};
 * {@code delete} {@code {object}}
 * and {@code {instance}}; {@code discover} {@code {path}}, extract {@code links} (items with {@code path} and
 * an {@code attributes} object, or a CoRE {@code link} text); {@code writeAttributes} {@code {path}},
 * {@code {pmin}}, {@code {pmax}}. Each may extract {@code ok} and {@code code}.
 *
 * <p>The composite operations (ICS {@code COMPOSITE}): {@code readComposite} {@code {paths}} (the paths,
 * comma-separated, each with its leading slash: {@code /3/0/14,/1/0/1}) and {@code {format}} (senml-json or
 * senml-cbor), extract {@code values} (an object of path → value); {@code writeComposite} {@code {format}},
 * parameters {@code {"values": {"/3/0/14": "+01", "/1/0/1": 120}}}. Each may extract {@code ok} and {@code code}.
 *
 * @param server  the server's CoAP endpoint (coap, or coaps with {@code dtls})
 * @param api     the server's API
 * @param formats the suite's name of a content format ({@link #FORMATS}) → the API's spelling (Leshan:
 *                {@code tlv → TLV}); a format not named keeps the suite's name
 * @param absentStatus the HTTP statuses with which {@code getRegistration} says the server does not know the
 *                client (default 404 and 410; Leshan's demo server answers 400)
 * @param events  the API's event stream, or null when the descriptor describes none
 */
public record Lwm2mServerDescriptor(Endpoint server, NorthboundApi api, Map<String, String> formats,
                                    List<Integer> absentStatus, Lwm2mEventStream events) {

    /** The statuses that mean "no such client" unless the descriptor says otherwise. */
    public static final List<Integer> DEFAULT_ABSENT_STATUS = List.of(404, 410);

    /** The suite's names of the LwM2M content formats. */
    public static final Set<String> FORMATS = Set.of("text", "opaque", "tlv", "json", "senml-json", "senml-cbor", "cbor");

    public Lwm2mServerDescriptor {
        formats = Map.copyOf(formats);
        absentStatus = absentStatus == null || absentStatus.isEmpty() ? DEFAULT_ABSENT_STATUS : List.copyOf(absentStatus);
    }

    /**
     * A server whose API spells the content formats as the suite does, answers 404 for an unknown client and
     * streams no events the descriptor describes.
     */
    public Lwm2mServerDescriptor(Endpoint server, NorthboundApi api) {
        this(server, api, Map.of(), DEFAULT_ABSENT_STATUS, null);
    }

    /** How the API spells the content format the suite calls {@code name}. */
    public String format(String name) {
        return formats.getOrDefault(name, name);
    }

    /** The operation names a descriptor may map. */
    public static final Set<String> OPERATIONS = Set.of("getRegistration", "listRegistrations", "read", "write",
            "execute", "create", "delete", "discover", "writeAttributes", "observe", "cancelObservation", "readComposite",
            "writeComposite");

    /** The operations every LwM2M server's descriptor maps: without it no registration can be checked. */
    public static final Set<String> REQUIRED = Set.of("getRegistration");
}
