package org.thingconform.reference;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.thingconform.platform.FaultInfo;
import org.thingconform.reference.lwm2m.Lwm2mFault;

/**
 * A deliberate violation the reference platform can switch on. Each fault breaks exactly
 * the clauses it names, so a run with the fault on must turn those clauses to FAIL: the
 * negative control that proves a clause test has teeth. A fault that names no clause misbehaves
 * only now and then (it shows what {@code run --confirm} reports) and is no negative control.
 */
public enum Fault {
    REJECT_VALID_CREDENTIALS("reject-valid-credentials",
            "every CONNECT is refused, even one with a correct Alink signature", "TM-5.1.1"),
    ACCEPT_ANY_CREDENTIALS("accept-any-credentials",
            "the Alink signature is not checked: any password is accepted", "TM-5.1.2"),
    WRONG_REPLY_ID("wrong-reply-id",
            "the property post_reply carries a different id than the request", "TM-5.2.1", "TM-6.1.1", "TM-7.1.2",
            "TM-7.2.1"),
    ACK_WITHOUT_STORE("ack-without-store",
            "a property post is acknowledged with 200 but its values are not stored", "TM-5.2.2"),
    ACCEPT_OUT_OF_RANGE("accept-out-of-range",
            "a property value outside min/max is stored and acknowledged with 200 (other checks still apply)",
            "TM-5.2.3", "TM-6.1.2"),
    REJECT_MAX_BOUNDARY("reject-max-boundary",
            "off by one: a property value equal to its max is rejected as out of range", "TM-6.1.1"),
    COERCE_NUMERIC_STRINGS("coerce-numeric-strings",
            "a number sent as a JSON string (\"229.5\") is converted and stored instead of rejected", "TM-6.1.2"),
    ACCEPT_WRONG_TYPE("accept-wrong-type",
            "the JSON type of a property value is not checked: a string, boolean, object or array where the data type "
                    + "wants another is stored as sent", "TM-6.1.2"),
    ACCEPT_TEXT_OVER_LENGTH("accept-text-over-length",
            "the length of a text property is not checked", "TM-6.1.2"),
    ACCEPT_STRUCT_MISSING_MEMBER("accept-struct-missing-member",
            "a struct property value that lacks a member is stored as long as the members it has are valid", "TM-6.1.2"),
    ACCEPT_UNKNOWN_IDENTIFIER("accept-unknown-identifier",
            "a property post naming an identifier the thing model does not have is acknowledged; the unknown one is ignored",
            "TM-6.1.2"),
    ALLOW_READ_ONLY_SET("allow-read-only-set",
            "a northbound set of a read-only property is accepted and forwarded to the device", "TM-6.1.3"),
    SET_WRONG_PARAMS("set-wrong-params",
            "the property set downlink carries an altered value of its first parameter", "TM-5.3.1"),
    DROP_EVENTS("drop-events",
            "an event post is acknowledged with 200 but the event is not stored", "TM-5.4.1", "TM-6.2.1"),
    ACCEPT_INVALID_EVENT_OUTPUT("accept-invalid-event-output",
            "event output data is not checked against the thing model: any event is stored", "TM-6.2.2"),
    LOSE_SERVICE_OUTPUT("lose-service-output",
            "a service invocation completes with an empty output {}", "TM-5.5.1", "TM-5.5.2", "TM-6.3.1", "TM-6.3.3"),
    FORWARD_INVALID_SERVICE_INPUT("forward-invalid-service-input",
            "service input is not checked: an invalid call is forwarded to the device", "TM-6.3.2", "TM-6.3.4"),
    SYNC_TIMEOUT_AS_SUCCESS("sync-timeout-reported-as-success",
            "a sync (RRPC) call the device never answers is reported to the caller as completed with code 200 and "
                    + "an empty output", "TM-6.3.5"),
    MQTT5_WRONG_REASON_CODE(new OnlyOver("mqtt5"), "mqtt5-wrong-reason-code",
            "an MQTT 5 CONNECT with a wrong password is refused with reason code 0x80 (unspecified error) instead of "
                    + "0x86 (bad user name or password) or 0x87 (not authorized)", "TM-7.1.1"),
    MQTT5_REQUEST_RESPONSE_IGNORED(new OnlyOver("mqtt5"), "mqtt5-request-response-ignored",
            "MQTT 5 request/response is ignored: replies to a device's request leave out its Correlation Data, and "
                    + "requests to a device carry no Response Topic or Correlation Data", "TM-7.1.2"),
    ACCEPT_WRONG_CLIENT_SECRET("accept-wrong-client-secret",
            "the interconnection token endpoint does not check the client secret: a known client id gets a token",
            "PI-5.1.1"),
    ACCEPT_MISSING_TOKEN("accept-missing-token",
            "an interconnection call without an Authorization header is served as the peer's", "PI-5.1.2"),
    ACCEPT_EXPIRED_TOKEN("accept-expired-token",
            "the expiry of interconnection access tokens is not checked", "PI-5.1.3"),
    PAGING_DROPS_LAST_PAGE("paging-drops-last-page",
            "the device listing gives no cursor on the page before the last, so the last page is never reached",
            "PI-6.1.1"),
    LIST_UNSHARED_DEVICES("list-unshared-devices",
            "the device listing shows every device of the platform, also those not shared with the peer", "PI-6.1.2"),
    WOT_EXPORT_AS_TSL("wot-export-as-tsl",
            "asked for a WoT Thing Model, the interconnection API answers with the TSL JSON export", "PI-6.2.2"),
    MODEL_EXPORT_DRIFTS("model-export-drifts",
            "the exported thing model differs from the registered one: the max of the first numeric property is 1 "
                    + "higher", "PI-6.2.1", "PI-6.2.2"),
    PEER_LOSES_SERVICE_OUTPUT("peer-loses-service-output",
            "a service invoked by the peer completes for the peer with an empty output {} (the northbound API still "
                    + "gets it right)", "PI-6.3.1"),
    CONTROL_UNSHARED_DEVICE("control-unshared-device",
            "the peer can set properties of and invoke services on devices not shared with it", "PI-6.3.2"),
    COAP_NONCONFIRMABLE_REPLY(new OnlyOver("coap"), "coap-nonconfirmable-reply",
            "a confirmable CoAP uplink is acknowledged empty and its reply sent as a separate non-confirmable "
                    + "response, instead of piggybacked on the ACK or sent confirmable", "TM-7.2.1"),
    HTTP_ACCEPT_WITHOUT_TOKEN(new OnlyOver("http"), "http-accept-without-token",
            "an HTTP uplink without the device token, or with a wrong one, is accepted as if it came from the "
                    + "device its path names", "TM-7.3.1"),
    PEER_VALUES_UNTYPED("peer-values-untyped",
            "the peer's read of current values gives numbers as JSON strings (\"220.5\")", "PI-6.4.1"),
    HISTORY_RANGE_INCLUSIVE_LEAK("history-range-inclusive-leak",
            "a history range query also returns the first value after the end of the range", "PI-6.4.2"),
    PUSH_DROPS_EVENT_FIELDS("push-drops-event-fields",
            "an event pushed to the peer lacks the last output of the event", "PI-6.5.1"),
    PUSH_UNSIGNED("push-unsigned",
            "pushes to the peer carry no signature header", "PI-6.5.2"),
    NO_RETRY_ON_5XX("no-retry-on-5xx",
            "a push the peer's callback answers with a 5xx status is dropped, not retried", "PI-6.5.3"),
    PUSH_AFTER_UNSUBSCRIBE("push-after-unsubscribe",
            "a subscription the peer cancelled keeps pushing", "PI-6.5.4"),
    PUSH_USES_INTERNAL_ID("push-uses-internal-id",
            "pushes name the device by the platform's internal key (productKey/deviceName), not by the id the peer "
                    + "discovered it under", "PI-6.6.1"),
    TD_MISSING_CONTEXT("td-missing-context",
            "the reference Thing's TD has no @context", "td-context", "tc-td-schema"),
    TD_NO_TITLE("td-no-title",
            "the reference Thing's TD has no title", "td-vocab-title--Thing", "tc-td-schema"),
    TD_NO_SECURITY("td-no-security",
            "the reference Thing's TD has no security member", "td-vocab-security--Thing", "td-security-mandatory",
            "tc-td-schema"),
    TD_NO_SECURITY_DEFINITIONS("td-no-security-definitions",
            "the reference Thing's TD has no securityDefinitions", "td-vocab-securityDefinitions--Thing",
            "td-security-mandatory", "tc-td-schema"),
    TD_SECURITY_UNDEFINED("td-security-undefined",
            "the reference Thing's TD activates security \"basic_sc\", which its securityDefinitions do not define",
            "td-security-mandatory"),
    TD_PROPERTY_WRONG_OP("td-property-wrong-op",
            "a property form of the reference Thing's TD names op \"invokeaction\"", "td-op-for-property",
            "tc-td-schema"),
    TD_WRONG_DEFAULT_METHOD("td-wrong-default-method",
            "the reference Thing takes property writes by POST only: the PUT a form without htv:methodName implies "
                    + "gets 405", "td-default-http-method", "tc-wot-http-writeproperty"),
    TD_WRONG_CONTENT_TYPE("td-wrong-content-type",
            "the reference Thing answers property reads as text/plain though its forms give no contentType "
                    + "(so application/json)", "td-default-contentType"),
    TD_READ_OUT_OF_SCHEMA("td-read-out-of-schema",
            "reading the reference Thing's status property gives \"melting\", outside its enum (HTTP and CoAP)",
            "tc-wot-http-readproperty", "tc-wot-coap-readproperty"),
    TD_WRITE_NOT_STORED("td-write-not-stored",
            "the reference Thing acknowledges a property write but keeps the old value (HTTP and CoAP)",
            "tc-wot-http-writeproperty", "tc-wot-coap-writeproperty"),
    TD_WRITE_INVALID_ACCEPTED("td-write-invalid-accepted",
            "the reference Thing answers a property write of the wrong type with 204 as if it had succeeded "
                    + "(the value is dropped)",
            "tc-wot-http-writeproperty-invalid"),
    TD_ACTION_INVALID_OUTPUT("td-action-invalid-output",
            "the reference Thing's fade action answers an output whose brightness is a string",
            "tc-wot-http-invokeaction"),
    TD_EVENT_NEVER_SENT("td-event-never-sent",
            "the reference Thing never emits its overheat event: a long-poll subscription gets nothing",
            "tc-wot-http-subscribeevent"),
    BROKER_RETAIN_ON_LIVE_FORWARD("broker-retain-on-live-forward",
            "the broker forwards every message to a subscriber with RETAIN=1, also a live one that matches an "
                    + "established subscription", "MQTT-3.3.1-9", "MQTT-3.3.1-12"),
    BROKER_KEEP_CLEARED_RETAINED("broker-keep-cleared-retained",
            "a zero-byte retained PUBLISH is dropped: the retained message it should clear stays and is still "
                    + "delivered to new subscribers", "MQTT-3.3.1-10", "mqtt-broker-5.0:MQTT-3.3.1-6"),
    BROKER_GRANT_QOS2("broker-grant-qos2",
            "every subscription is granted QoS 2 whatever was requested, so messages are not downgraded to the "
                    + "requested QoS", "MQTT-3.8.4-6", "MQTT-3.8.4-8"),
    BROKER_SUBACK_REVERSED("broker-suback-reversed",
            "a SUBACK to a SUBSCRIBE of several topic filters lists its codes in reverse order", "MQTT-3.9.3-1"),
    BROKER_WILL_AFTER_DISCONNECT("broker-will-after-disconnect",
            "the will message is published also when the client closes with DISCONNECT (reason 0x00)", "MQTT-3.1.2-10"),
    BROKER_EXPIRY_NOT_DECREMENTED("broker-expiry-not-decremented",
            "an MQTT 5 message expiry interval is forwarded 3600 s larger than the time the message has left",
            "MQTT-3.3.2-6"),
    BROKER_DROP_SUBSCRIPTION_IDENTIFIERS("broker-drop-subscription-identifiers",
            "MQTT 5 subscription identifiers are not sent with the messages that match their subscription",
            "MQTT-3.3.4-3"),
    BROKER_DROP_RETAINED_ON_SUBSCRIBE("broker-drop-retained-on-subscribe",
            "retained messages are stored but never sent to a new subscription", "MQTT-3.3.1-5", "MQTT-3.3.1-8",
            "mqtt-broker-3.1.1:MQTT-3.3.1-6"),
    BROKER_QOS0_RETAIN_IGNORED("broker-qos0-retain-ignored",
            "a retained QoS 0 PUBLISH is forwarded but not retained: the message retained before it stays and is "
                    + "sent to new subscribers", "MQTT-3.3.1-7"),
    BROKER_IGNORE_NO_LOCAL("broker-ignore-no-local",
            "the MQTT 5 No Local subscription option is ignored: a client gets its own messages back", "mqtt-broker-5.0:MQTT-3.8.3-3"),
    BROKER_DROP_WILL("broker-drop-will",
            "the will message of a CONNECT is dropped: it is never published, not even on an abnormal close",
            "MQTT-3.1.2-8"),
    // the faults below are the MQTT fault proxy's (MqttFaultProxy): they act where HiveMQ's extension API does not reach
    BROKER_PACKET_BEFORE_CONNECT_IGNORED("broker-packet-before-connect-ignored",
            "a packet other than CONNECT that opens a connection is dropped and the connection stays open",
            "MQTT-3.1.0-1"),
    BROKER_SECOND_CONNECT_IGNORED("broker-second-connect-ignored",
            "a second CONNECT on a connection is dropped and the connection stays open", "MQTT-3.1.0-2"),
    BROKER_SESSIONS_NOT_KEPT("broker-sessions-not-kept",
            "no session outlives its connection: an MQTT 3.1.1 CONNECT is handled as CleanSession 1 (a zero-byte client "
                    + "id is then accepted), an MQTT 5 CONNECT's Session Expiry Interval as 0",
            "MQTT-3.1.3-8", "MQTT-3.1.2-23"),
    BROKER_SESSION_PRESENT_INVERTED("broker-session-present-inverted",
            "a CONNACK that accepts a connection says Session Present 1 where the broker has no session for the client, "
                    + "0 where it has one", "MQTT-3.2.2-1", "MQTT-3.2.2-2", "MQTT-3.2.2-3"),
    BROKER_REFUSAL_SESSION_PRESENT_SET("broker-refusal-session-present-set",
            "a CONNACK that refuses a connection says Session Present 1", "MQTT-3.2.2-4", "MQTT-3.2.2-6"),
    BROKER_REFUSED_CONNECTION_LEFT_OPEN("broker-refused-connection-left-open",
            "after a CONNACK that refuses the connection, the network connection is left open",
            "MQTT-3.2.2-5", "MQTT-3.2.2-7"),
    BROKER_TAKEOVER_KEEPS_OLD_CONNECTION("broker-takeover-keeps-old-connection",
            "a CONNECT with the client id of a connected client does not close the older client's connection",
            "MQTT-3.1.4-2", "MQTT-3.1.4-3"),
    BROKER_WILDCARD_PUBLISH_IGNORED("broker-wildcard-publish-ignored",
            "a PUBLISH whose topic name holds a wildcard is dropped and the connection stays open", "MQTT-3.3.2-2"),
    BROKER_PUBACK_WRONG_PACKET_ID("broker-puback-wrong-packet-id",
            "a PUBACK carries the packet id of the PUBLISH it answers plus one", "MQTT-2.3.1-6", "MQTT-4.3.2-4"),
    BROKER_PUBREC_WRONG_PACKET_ID("broker-pubrec-wrong-packet-id",
            "a PUBREC carries the packet id of the PUBLISH it answers plus one", "MQTT-2.3.1-6", "MQTT-4.3.3-8"),
    BROKER_PUBCOMP_WRONG_PACKET_ID("broker-pubcomp-wrong-packet-id",
            "a PUBCOMP carries the packet id of the PUBREL it answers plus one", "MQTT-4.3.3-2", "MQTT-4.3.3-11"),
    BROKER_QOS2_ANSWERED_WITH_PUBACK("broker-qos2-answered-with-puback",
            "a QoS 2 PUBLISH from a client is answered with a PUBACK instead of a PUBREC (same packet id); the proxy "
                    + "sends the broker the PUBREL the client will not send", "MQTT-4.3.3-2", "MQTT-4.3.3-8"),
    BROKER_RETAINED_ONLY_EXACT_SUBSCRIPTIONS("broker-retained-only-exact-subscriptions",
            "retained messages sent because of a new subscription reach only a subscription on the exact topic name: "
                    + "one that only wildcard filters of the client match is not sent", "mqtt-broker-3.1.1:MQTT-3.3.1-6"),
    BROKER_QOS2_DELIVERY_LOST("broker-qos2-delivery-lost",
            "a QoS 2 message is acknowledged to its publisher but never sent to subscribers granted QoS 2", "MQTT-4.3.3-2"),
    BROKER_SUBACK_WRONG_PACKET_ID("broker-suback-wrong-packet-id",
            "a SUBACK carries the packet id of the connection's SUBSCRIBE before the one it answers (the first SUBACK of a "
                    + "connection is right)", "MQTT-3.8.4-2"),
    BROKER_SUBSCRIBE_ANSWERED_WITH_UNSUBACK("broker-subscribe-answered-with-unsuback",
            "a SUBSCRIBE is answered with an UNSUBACK instead of a SUBACK (the subscription is made)", "MQTT-3.8.4-1"),
    BROKER_OVERLAP_LOWEST_QOS("broker-overlap-lowest-qos",
            "a message that matches overlapping subscriptions of a client, one of them QoS 0, is delivered at QoS 0 only",
            "MQTT-3.3.5-1"),
    BROKER_SHARED_SUBSCRIPTION_QOS_IGNORED("broker-shared-subscription-qos-ignored",
            "a QoS 1 message for a client's MQTT 5 shared subscription is delivered at QoS 0, whatever QoS was granted",
            "MQTT-4.8.2-3"),
    BROKER_INVALID_FILTER_GRANTED("broker-invalid-filter-granted",
            "a SUBSCRIBE with a topic filter whose '#' is not its last character is granted", "MQTT-4.7.1-2", "MQTT-4.7.1-1"),
    BROKER_TOPIC_ALIAS_UNRESOLVED("broker-topic-alias-unresolved",
            "an MQTT 5 PUBLISH that names its topic by a Topic Alias alone is acknowledged but never delivered",
            "MQTT-3.3.2-12"),
    BROKER_MAXIMUM_PACKET_SIZE_IGNORED("broker-maximum-packet-size-ignored",
            "the Maximum Packet Size an MQTT 5 client sets is ignored: larger packets are sent to it", "MQTT-3.1.2-24"),
    BROKER_WILL_RETAIN_INVERTED("broker-will-retain-inverted",
            "a will is published with its Will Retain flag inverted: retained when the client asked not to, "
                    + "not retained when it asked to", "mqtt-broker-3.1.1:MQTT-3.1.2-16", "mqtt-broker-3.1.1:MQTT-3.1.2-17"),
    BROKER_MALFORMED_PACKETS_IGNORED("broker-malformed-packets-ignored",
            "malformed packets of a plain client (reserved flag bits, PUBLISH QoS 3, SUBSCRIBE or UNSUBSCRIBE with "
                    + "packet id 0 or no topic filter, a requested QoS above 2) are dropped, and the connection stays "
                    + "open", "mqtt-broker-3.1.1:MQTT-2.2.2-2", "mqtt-broker-3.1.1:MQTT-2.3.1-1",
            "mqtt-broker-3.1.1:MQTT-3.3.1-4", "mqtt-broker-3.1.1:MQTT-3.6.1-1", "mqtt-broker-3.1.1:MQTT-3.8.1-1",
            "mqtt-broker-3.1.1:MQTT-3.8.3-3", "mqtt-broker-3.1.1:MQTT-3.8.3-4", "mqtt-broker-3.1.1:MQTT-3.10.1-1",
            "mqtt-broker-3.1.1:MQTT-3.10.3-2"),
    // the capacity clauses' (a fleet measures them; plain MQTT clients only)
    CAPACITY_CONNECTION_LIMIT("capacity-connection-limit",
            "the broker takes at most " + ProxyCapacityFaults.CONNECTION_LIMIT + " plain client connections at once; "
                    + "further CONNECTs are refused with 'server unavailable'", "CAP-MQTT-1"),
    CAPACITY_LOSES_MESSAGES("capacity-loses-messages",
            "one in " + ProxyCapacityFaults.ONE_LOST_IN + " messages on their way to plain subscribers is lost "
                    + "(acknowledged to the publisher, never delivered)", "CAP-MQTT-2"),
    CAPACITY_SLOW_DELIVERY("capacity-slow-delivery",
            "every message to a plain subscriber is held " + ProxyCapacityFaults.HELD_MILLIS + " ms before it is "
                    + "delivered", "CAP-MQTT-3"),
    // the TSL/Alink capacity clauses' (a device fleet measures them; devices over MQTT only)
    ALINK_DEVICE_LIMIT("alink-device-limit",
            "at most " + AlinkCapacityFaults.DEVICE_LIMIT + " distinct devices sign in over MQTT (a device quota); the "
                    + "CONNECT of any further device is refused with 'server unavailable'", "CAP-ALINK-1"),
    ALINK_LOSES_REPLIES("alink-loses-replies",
            "one in " + AlinkCapacityFaults.ONE_UNANSWERED_IN + " property posts over MQTT gets no post_reply (the post "
                    + "is stored all the same)", "CAP-ALINK-2"),
    ALINK_SLOW_REPLIES("alink-slow-replies",
            "every property post_reply over MQTT is held " + AlinkCapacityFaults.HELD_MILLIS + " ms before it is sent",
            "CAP-ALINK-3"),
    // the LwM2M server part's faults of the clauses the LwM2M profile has (the others join with their clauses)
    LWM2M_REGISTER_WITHOUT_LOCATION(Lwm2mFault.REGISTER_WITHOUT_LOCATION),
    LWM2M_NORTHBOUND_DROPS_OBJECTS(Lwm2mFault.NORTHBOUND_DROPS_OBJECTS),
    LWM2M_ACCEPT_REGISTER_WITHOUT_ENDPOINT(Lwm2mFault.ACCEPT_REGISTER_WITHOUT_ENDPOINT),
    LWM2M_UPDATE_ANSWERS_CREATED(Lwm2mFault.UPDATE_ANSWERS_CREATED),
    LWM2M_UPDATE_IGNORES_PARAMETERS(Lwm2mFault.UPDATE_IGNORES_PARAMETERS),
    LWM2M_UPDATE_UNKNOWN_ACCEPTED(Lwm2mFault.UPDATE_UNKNOWN_ACCEPTED),
    LWM2M_DEREGISTER_KEEPS_CLIENT(Lwm2mFault.DEREGISTER_KEEPS_CLIENT),
    LWM2M_REGISTRATION_NEVER_EXPIRES(Lwm2mFault.REGISTRATION_NEVER_EXPIRES),
    LWM2M_DUPLICATE_REGISTRATIONS(Lwm2mFault.DUPLICATE_REGISTRATIONS),
    LWM2M_QUEUE_MODE_IGNORED(Lwm2mFault.QUEUE_MODE_IGNORED),
    LWM2M_READ_IGNORES_FORMAT(Lwm2mFault.READ_IGNORES_FORMAT),
    LWM2M_TLV_AS_OPAQUE(Lwm2mFault.TLV_AS_OPAQUE),
    LWM2M_REPORT_ERROR_AS_SUCCESS(Lwm2mFault.REPORT_ERROR_AS_SUCCESS),
    // device management: Write, Execute, Create, Delete, Write-Attributes, Discover
    LWM2M_REPLACE_AS_POST(Lwm2mFault.REPLACE_AS_POST),
    LWM2M_WRITE_COERCES_VALUES(Lwm2mFault.WRITE_COERCES_VALUES),
    LWM2M_UPDATE_AS_PUT(Lwm2mFault.UPDATE_AS_PUT),
    LWM2M_EXECUTE_AS_PUT(Lwm2mFault.EXECUTE_AS_PUT),
    LWM2M_CREATE_DROPS_RESOURCES(Lwm2mFault.CREATE_DROPS_RESOURCES),
    LWM2M_DELETE_WHOLE_OBJECT(Lwm2mFault.DELETE_WHOLE_OBJECT),
    LWM2M_ATTRIBUTES_IN_PAYLOAD(Lwm2mFault.ATTRIBUTES_IN_PAYLOAD),
    LWM2M_DISCOVER_DROPS_ATTRIBUTES(Lwm2mFault.DISCOVER_DROPS_ATTRIBUTES),
    LWM2M_EXPOSE_SECURITY_OBJECT(Lwm2mFault.EXPOSE_SECURITY_OBJECT),
    // LwM2M composite operations (ICS COMPOSITE)
    LWM2M_COMPOSITE_READ_AS_GETS(Lwm2mFault.COMPOSITE_READ_AS_GETS),
    LWM2M_COMPOSITE_WRITE_DROPS_RESOURCE(Lwm2mFault.COMPOSITE_WRITE_DROPS_RESOURCE),
    // LwM2M Information Reporting and the event stream
    LWM2M_OBSERVE_WITHOUT_OPTION(Lwm2mFault.OBSERVE_WITHOUT_OPTION),
    LWM2M_DROP_NOTIFICATIONS(Lwm2mFault.DROP_NOTIFICATIONS),
    LWM2M_CANCEL_SILENTLY(Lwm2mFault.CANCEL_SILENTLY),
    LWM2M_CANCEL_KEEPS_NOTIFYING(Lwm2mFault.CANCEL_KEEPS_NOTIFYING),
    LWM2M_NO_REGISTRATION_EVENTS(Lwm2mFault.NO_REGISTRATION_EVENTS),
    // declares no clause: a single run cannot be relied on to fail, so it is no negative control (the mutation
    // leaves it out); it shows what 'run --confirm N' reports for a platform that misbehaves now and then
    INTERMITTENT_SIGN_IN_REFUSAL("intermittent-sign-in-refusal",
            "every second valid device sign-in while the fault is on (the 1st, the 3rd, ...) is refused as not "
                    + "authorized: an intermittent failure, to show what 'run --confirm' reports");

    private final String kebabName;
    private final String description;
    private final List<String> clauses;
    private final String protocol;
    private final Lwm2mFault lwm2m;

    Fault(String kebabName, String description, String... clauses) {
        this(new OnlyOver(null), kebabName, description, clauses);
    }

    Fault(OnlyOver only, String kebabName, String description, String... clauses) {
        this.kebabName = kebabName;
        this.description = description;
        this.clauses = List.of(clauses);
        this.protocol = only.protocol();
        this.lwm2m = null;
    }

    /** A fault of the LwM2M server part, named and described there. */
    Fault(Lwm2mFault lwm2m) {
        this.kebabName = lwm2m.kebabName();
        this.description = lwm2m.description();
        this.clauses = lwm2m.clauses();
        this.protocol = null;
        this.lwm2m = lwm2m;
    }

    /** Whether {@code fault} of the LwM2M server part is on among {@code active}. */
    static boolean lwm2mOn(Set<Fault> active, Lwm2mFault fault) {
        for (Fault f : active) {
            if (f.lwm2m == fault) {
                return true;
            }
        }
        return false;
    }

    /** The device protocol a fault is about; null for protocol-neutral faults. */
    private record OnlyOver(String protocol) {
    }

    /** The name used on the command line and in profiles, e.g. {@code wrong-reply-id}. */
    public String kebabName() {
        return kebabName;
    }

    /** What the platform does wrong when the fault is on. */
    public String description() {
        return description;
    }

    /**
     * The clauses the fault violates, as declared: a bare clause id names the clause of that id in
     * every profile, {@code PROFILE-ID:CLAUSE-ID} (the profile's {@code profile:} key) the clause of one
     * profile, for an id that means different statements in two profiles (MQTT 3.1.1 and 5.0).
     */
    public List<String> clauses() {
        return clauses;
    }

    /** The fault as the engine sees it. */
    public FaultInfo info() {
        return new FaultInfo(kebabName, description, clauses, protocol);
    }

    /**
     * Resolves fault names.
     *
     * @throws IllegalArgumentException naming the unknown names and listing the known ones
     */
    public static Set<Fault> parse(Set<String> names) {
        EnumSet<Fault> faults = EnumSet.noneOf(Fault.class);
        List<String> unknown = names.stream().sorted()
                .filter(name -> Arrays.stream(values()).noneMatch(f -> f.kebabName.equals(name))).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown fault" + (unknown.size() > 1 ? "s " : " ") + unknown
                    + "; known faults: " + Arrays.stream(values()).map(Fault::kebabName).collect(Collectors.joining(", ")));
        }
        for (Fault fault : values()) {
            if (names.contains(fault.kebabName)) {
                faults.add(fault);
            }
        }
        return faults;
    }
}
