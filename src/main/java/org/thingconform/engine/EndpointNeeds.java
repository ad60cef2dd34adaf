package org.thingconform.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Clause;
import org.thingconform.profile.step.AwaitDownlinkStep;
import org.thingconform.profile.step.AwaitPushStep;
import org.thingconform.profile.step.AwaitServiceResultStep;
import org.thingconform.profile.step.ConnectStep;
import org.thingconform.profile.step.EventValueCheckStep;
import org.thingconform.profile.step.ExpectNoPushStep;
import org.thingconform.profile.step.FetchTdStep;
import org.thingconform.profile.step.FollowFormsStep;
import org.thingconform.profile.step.InvokeServiceStep;
import org.thingconform.profile.step.ListEventsStep;
import org.thingconform.profile.step.Lwm2mRegistrationStep;
import org.thingconform.profile.step.Lwm2mStep;
import org.thingconform.profile.step.MqttStep;
import org.thingconform.profile.step.PeerGetThingModelStep;
import org.thingconform.profile.step.PeerInvokeServiceStep;
import org.thingconform.profile.step.PeerListDevicesStep;
import org.thingconform.profile.step.PeerQueryHistoryStep;
import org.thingconform.profile.step.PeerReadPropertiesStep;
import org.thingconform.profile.step.PeerRequestStep;
import org.thingconform.profile.step.PeerSameIdentityStep;
import org.thingconform.profile.step.PeerSetPropertiesStep;
import org.thingconform.profile.step.PeerSubscribeStep;
import org.thingconform.profile.step.PeerTokenStep;
import org.thingconform.profile.step.PeerUnsubscribeStep;
import org.thingconform.profile.step.PostEventStep;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.profile.step.PropertyValueCheckStep;
import org.thingconform.profile.step.ReadOnlySetCheckStep;
import org.thingconform.profile.step.ReadPropertiesStep;
import org.thingconform.profile.step.ServiceInputCheckStep;
import org.thingconform.profile.step.SetPropertiesStep;
import org.thingconform.profile.step.Step;
import org.thingconform.profile.step.TlsHandshakeStep;

/**
 * Which of the platform's endpoints a clause talks to, read from what its steps do: raw MQTT
 * steps and an {@code mqttFleet} the broker ({@code mqtt}); a simulated device's steps and a {@code deviceFleet}
 * the endpoint of the binding's protocol
 * ({@code mqtt} for {@code mqtt}/{@code mqtt5}, {@code coap}, {@code http}); northbound steps the
 * northbound API; peer steps and pushes the interconnection API; {@code fetchTd} the Thing
 * Description's URL ({@code wot:ROLE}); a TLS handshake step the endpoint it names; LwM2M client steps the
 * LwM2M server ({@code lwm2m}), and the step that asks about a registration the server's API. A generated
 * clause's cases post values through a device and read them back northbound (its own
 * {@code given} and {@code steps} count too).
 */
public final class EndpointNeeds {

    public static final String MQTT = "mqtt";
    public static final String COAP = "coap";
    public static final String HTTP = "http";
    public static final String NORTHBOUND = "northbound";
    public static final String INTERCONNECTION = "interconnection";
    /** The LwM2M server's CoAP endpoint. */
    public static final String LWM2M = "lwm2m";
    /** The LwM2M server's API. */
    public static final String LWM2M_API = "lwm2m-api";
    /** The prefix of a Thing Description's key: {@code wot:} and the Thing's role. */
    public static final String WOT = "wot:";

    private EndpointNeeds() {
    }

    /** The endpoints {@code clause} needs over {@code binding} (null: the clause plays no device), in first-use order. */
    public static Set<String> of(Clause clause, Binding binding) {
        Set<String> needs = new LinkedHashSet<>();
        if (clause.untestable() != null) {
            return needs;
        }
        Stream.concat(clause.given().stream(), clause.steps().stream()).forEach(step -> add(needs, step, binding));
        if (clause.generate() != null && clause.generate().forEach() == org.thingconform.profile.Generation.Element.RESOURCE) {
            needs.add(LWM2M);
            needs.add(LWM2M_API);
        } else if (clause.generate() != null) {
            device(needs, binding);
            needs.add(NORTHBOUND);
        }
        return needs;
    }

    private static void add(Set<String> needs, Step step, Binding binding) {
        if (step instanceof MqttStep || step instanceof org.thingconform.profile.step.MqttFleetStep) {
            needs.add(MQTT);
        } else if (step instanceof org.thingconform.profile.step.Lwm2mManagementStep) {
            needs.add(LWM2M);
            needs.add(LWM2M_API);
        } else if (step instanceof Lwm2mRegistrationStep) {
            needs.add(LWM2M_API);
        } else if (step instanceof org.thingconform.profile.step.Lwm2mReadStep
                || step instanceof org.thingconform.profile.step.Lwm2mQueuedReadStep
                || step instanceof org.thingconform.profile.step.Lwm2mReadCompositeStep
                || step instanceof org.thingconform.profile.step.Lwm2mWriteCompositeStep) {
            needs.add(LWM2M);
            needs.add(LWM2M_API);
        } else if (step instanceof org.thingconform.profile.step.Lwm2mObserveStep
                || step instanceof org.thingconform.profile.step.Lwm2mCancelObservationStep
                || step instanceof org.thingconform.profile.step.Lwm2mAwaitEventStep
                || step instanceof org.thingconform.profile.step.Lwm2mExpectNoEventStep) {
            needs.add(LWM2M);
            needs.add(LWM2M_API);
        } else if (step instanceof Lwm2mStep) {
            needs.add(LWM2M);
        } else if (step instanceof ConnectStep || step instanceof PostPropertiesStep || step instanceof PostEventStep
                || step instanceof AwaitDownlinkStep || step instanceof org.thingconform.profile.step.DeviceFleetStep) {
            device(needs, binding);
        } else if (step instanceof PropertyValueCheckStep || step instanceof EventValueCheckStep
                || step instanceof ServiceInputCheckStep || step instanceof ReadOnlySetCheckStep) {
            device(needs, binding);
            needs.add(NORTHBOUND);
        } else if (step instanceof ReadPropertiesStep || step instanceof SetPropertiesStep
                || step instanceof ListEventsStep || step instanceof InvokeServiceStep
                || step instanceof AwaitServiceResultStep) {
            needs.add(NORTHBOUND);
        } else if (PEER.stream().anyMatch(kind -> kind.isInstance(step))) {
            needs.add(INTERCONNECTION);
        } else if (step instanceof FetchTdStep fetch) {
            needs.add(WOT + fetch.thing());
        } else if (step instanceof FollowFormsStep follow && "http".equals(follow.protocol())) {
            needs.add(WOT + follow.thing()); // forms are rebased onto the TD's host
        } else if (step instanceof TlsHandshakeStep tls) {
            needs.add(tls.endpoint());
        }
        // TD checks read the TD fetched before; a CoAP form's server is not the descriptor's to name
    }

    private static final List<Class<? extends Step>> PEER = List.of(PeerTokenStep.class, PeerRequestStep.class,
            PeerListDevicesStep.class, PeerGetThingModelStep.class, PeerSetPropertiesStep.class,
            PeerInvokeServiceStep.class, PeerReadPropertiesStep.class, PeerQueryHistoryStep.class,
            PeerSubscribeStep.class, PeerUnsubscribeStep.class, PeerSameIdentityStep.class, AwaitPushStep.class,
            ExpectNoPushStep.class);

    private static void device(Set<String> needs, Binding binding) {
        if (binding == null) {
            return;
        }
        switch (binding.protocol()) {
            case "mqtt", "mqtt5" -> needs.add(MQTT);
            case "coap" -> needs.add(COAP);
            case "http" -> needs.add(HTTP);
            default -> {
                // a binding that plays no device reaches no device endpoint
            }
        }
    }
}
