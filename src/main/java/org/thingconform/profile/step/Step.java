package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * One step of a clause's test, as written in the profile. Steps are data; the engine
 * has one executor per step kind. Every step knows where it was written, so a verdict's
 * reason can point at the line that decided it.
 */
public sealed interface Step permits ConnectStep, PostPropertiesStep, PostEventStep, ReadPropertiesStep,
        SetPropertiesStep, AwaitDownlinkStep, ListEventsStep, InvokeServiceStep, AwaitServiceResultStep,
        PropertyValueCheckStep, EventValueCheckStep, ServiceInputCheckStep, ReadOnlySetCheckStep, PeerTokenStep,
        PeerRequestStep, PeerListDevicesStep, PeerGetThingModelStep, PeerSetPropertiesStep, PeerInvokeServiceStep,
        PeerReadPropertiesStep, PeerQueryHistoryStep, PeerSubscribeStep, PeerUnsubscribeStep, AwaitPushStep,
        ExpectNoPushStep, PeerSameIdentityStep,
        FetchTdStep, TdSchemaCheckStep, TdAssertionStep, FollowFormsStep,
        MqttStep, FleetStep, TlsHandshakeStep, Lwm2mStep {

    /** Where the step is written. */
    SourceLocation location();

    /** The step's name in the profile language, e.g. {@code postProperties}. */
    String kind();

    /** Whether a simulated device plays this step; northbound-only steps do not. */
    default boolean usesDevice() {
        return !(this instanceof ReadPropertiesStep || this instanceof SetPropertiesStep
                || this instanceof ListEventsStep || this instanceof InvokeServiceStep
                || this instanceof AwaitServiceResultStep || this instanceof FetchTdStep
                || this instanceof TdSchemaCheckStep || this instanceof TdAssertionStep
                || this instanceof FollowFormsStep || this instanceof TlsHandshakeStep);
    }

    /**
     * Whether the step touches only what belongs to its own test: the devices of the test's lane and what
     * the platform keeps about them (their sign-ins, messages, properties, events, service calls), or the
     * test's own named MQTT clients. The peer's view of the platform (its device listing, subscriptions and
     * pushes) and a WoT Thing are shared by every test, so tests with those steps take turns.
     */
    default boolean inOwnLane() {
        return this instanceof ConnectStep || this instanceof PostPropertiesStep || this instanceof PostEventStep
                || this instanceof ReadPropertiesStep || this instanceof SetPropertiesStep
                || this instanceof AwaitDownlinkStep || this instanceof ListEventsStep
                || this instanceof InvokeServiceStep || this instanceof AwaitServiceResultStep
                || this instanceof PropertyValueCheckStep || this instanceof EventValueCheckStep
                || this instanceof ServiceInputCheckStep || this instanceof ReadOnlySetCheckStep
                || this instanceof MqttStep || this instanceof TlsHandshakeStep;
    }
}
