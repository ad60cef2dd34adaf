package org.thingconform.reference.lwm2m;

import java.util.List;

/**
 * A deliberate violation of one LwM2M server obligation that the reference platform's LwM2M part can
 * switch on: the negative control of the clauses it names. Kept apart from the reference's
 * {@code Fault} catalogue until the LwM2M profile that defines these clause ids ships.
 */
public enum Lwm2mFault {
    REGISTER_WITHOUT_LOCATION("register-without-location",
            "a Register is answered 2.01 Created without a Location-Path", "LWM2M-6.2.1-1"),
    NORTHBOUND_DROPS_OBJECTS("northbound-drops-objects",
            "the northbound API shows registrations with no object links", "LWM2M-6.2.1-2"),
    ACCEPT_REGISTER_WITHOUT_ENDPOINT("accept-register-without-endpoint",
            "a Register without an endpoint name (or an empty one) is accepted under a made-up name", "LWM2M-6.2.1-3"),
    UPDATE_ANSWERS_CREATED("update-answers-created",
            "an Update is answered 2.01 Created instead of 2.04 Changed", "LWM2M-6.2.2-1"),
    UPDATE_IGNORES_PARAMETERS("update-ignores-parameters",
            "an Update is answered 2.04 but its lifetime, binding and object links are not applied", "LWM2M-6.2.2-2"),
    UPDATE_UNKNOWN_ACCEPTED("update-unknown-accepted",
            "an Update for an unknown registration id is answered 2.04 instead of 4.04", "LWM2M-6.2.2-3"),
    DEREGISTER_KEEPS_CLIENT("deregister-keeps-client",
            "a De-register is answered 2.02 but the registration stays", "LWM2M-6.2.3-1"),
    REGISTRATION_NEVER_EXPIRES("registration-never-expires",
            "a registration whose lifetime ran out is kept", "LWM2M-6.2.1-4"),
    DUPLICATE_REGISTRATIONS("duplicate-registrations",
            "a second Register of the same endpoint keeps the first: both ids stay valid", "LWM2M-6.2.1-5"),
    READ_IGNORES_FORMAT("read-ignores-format",
            "a Read is sent without the Accept option of the requested format", "LWM2M-6.3.1-1",
            "LWM2M-6.3.1-2", "LWM2M-6.3.1-3", "LWM2M-6.3.1-4", "LWM2M-6.3.1-6"),
    TLV_AS_OPAQUE("tlv-as-opaque",
            "a TLV answer is reported as hex opaque bytes, not decoded", "LWM2M-6.3.1-2"),
    REPORT_ERROR_AS_SUCCESS("report-error-as-success",
            "a client's error answer (4.xx, 5.xx) is reported to the northbound as a success",
            "LWM2M-6.3.1-5", "LWM2M-6.3.3-3"),
    REPLACE_AS_POST("replace-as-post",
            "a Write in replace mode is sent as POST (partial update) instead of PUT", "LWM2M-6.3.3-1", "LWM2M-6.3.3-4"),
    WRITE_COERCES_VALUES("write-coerces-values",
            "a Write of a value outside the resource's type is coerced (true to 1, 1.5 to 1, 2 to true) and sent "
                    + "instead of refused", "LWM2M-6.3.3-5"),
    UPDATE_AS_PUT("update-as-put",
            "a Write in update mode is sent as PUT (replace) instead of POST", "LWM2M-6.3.3-2"),
    EXECUTE_AS_PUT("execute-as-put",
            "an Execute is sent as PUT instead of POST", "LWM2M-6.3.5-1"),
    CREATE_DROPS_RESOURCES("create-drops-resources",
            "a Create is sent with an instance that has none of the requested resources", "LWM2M-6.3.6-1"),
    DELETE_WHOLE_OBJECT("delete-whole-object",
            "a Delete of an object instance is sent to the object (DELETE /o instead of /o/i)", "LWM2M-6.3.7-1"),
    DISCOVER_DROPS_ATTRIBUTES("discover-drops-attributes",
            "a Discover result is reported without the attributes of its links", "LWM2M-6.3.2-1"),
    ATTRIBUTES_IN_PAYLOAD("attributes-in-payload",
            "a Write-Attributes carries the attributes as a text payload instead of Uri-Query options",
            "LWM2M-6.3.4-1"),
    EXPOSE_SECURITY_OBJECT("expose-security-object",
            "operations on the Security object (0) are sent to the client instead of refused", "LWM2M-6.3-1"),
    QUEUE_MODE_IGNORED("queue-mode-ignored",
            "a request for a queue-mode client that is offline is sent at once instead of held until its next Update",
            "LWM2M-6.2.1-6"),
    COMPOSITE_READ_AS_GETS("composite-read-as-gets",
            "a Read-Composite is sent as one GET per path instead of one FETCH listing them", "LWM2M-6.3.8-1"),
    COMPOSITE_WRITE_DROPS_RESOURCE("composite-write-drops-resource",
            "a Write-Composite is sent as one iPATCH without the last of the resources asked for", "LWM2M-6.3.9-1"),
    OBSERVE_WITHOUT_OPTION("observe-without-option",
            "an Observe is sent as a plain GET without the Observe option", "LWM2M-6.4.1-1"),
    DROP_NOTIFICATIONS("drop-notifications",
            "notifications are acknowledged but never reach the northbound", "LWM2M-6.4.2-1"),
    CANCEL_SILENTLY("cancel-silently",
            "an active Cancel Observation sends nothing to the client (no GET with Observe=1)",
            "LWM2M-6.4.3-1"),
    CANCEL_KEEPS_NOTIFYING("cancel-keeps-notifying",
            "after a passive cancel the next notification is acknowledged and reported instead of answered with RST",
            "LWM2M-6.4.3-2"),
    NO_REGISTRATION_EVENTS("no-registration-events",
            "the event stream carries no registration, update, de-registration or expiry events", "LWM2M-6.2-1");

    private final String kebabName;
    private final String description;
    private final List<String> clauses;

    Lwm2mFault(String kebabName, String description, String... clauses) {
        this.kebabName = kebabName;
        this.description = description;
        this.clauses = List.of(clauses);
    }

    /** The name used on the command line and in profiles, e.g. {@code register-without-location}. */
    public String kebabName() {
        return kebabName;
    }

    /** What the server does wrong when the fault is on. */
    public String description() {
        return description;
    }

    /** The ids of the clauses the fault violates. */
    public List<String> clauses() {
        return clauses;
    }
}
