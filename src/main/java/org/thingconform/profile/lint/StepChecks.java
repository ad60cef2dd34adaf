package org.thingconform.profile.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.thingconform.profile.step.AwaitDownlinkStep;
import org.thingconform.profile.step.AwaitServiceResultStep;
import org.thingconform.profile.step.ConnectStep;
import org.thingconform.profile.step.InvokeServiceStep;
import org.thingconform.profile.step.ListEventsStep;
import org.thingconform.profile.step.PeerGetThingModelStep;
import org.thingconform.profile.step.PeerInvokeServiceStep;
import org.thingconform.profile.step.PeerListDevicesStep;
import org.thingconform.profile.step.PeerRequestStep;
import org.thingconform.profile.step.PeerSetPropertiesStep;
import org.thingconform.profile.step.PeerTokenStep;
import org.thingconform.profile.step.PostEventStep;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.profile.step.ReadPropertiesStep;
import org.thingconform.profile.step.SetPropertiesStep;
import org.thingconform.profile.step.EventValueCheckStep;
import org.thingconform.profile.step.PropertyValueCheckStep;
import org.thingconform.profile.step.ReadOnlySetCheckStep;
import org.thingconform.profile.step.ServiceInputCheckStep;
import org.thingconform.profile.step.Step;
import org.thingconform.profile.step.FetchTdStep;
import org.thingconform.profile.step.FollowFormsStep;
import org.thingconform.profile.step.TdAssertionStep;
import org.thingconform.profile.step.TdSchemaCheckStep;

/**
 * Which step kinds carry an expectation about the platform, and what it is; the
 * {@code no-check} rule reads this table instead of hard-coding kinds. Every kind of the
 * language is in exactly one of the two sets (a test holds this), so a new step kind has
 * to be classified here when it is added.
 *
 * @param checking   step kind → what a step of that kind checks of the platform
 * @param settingUp  step kinds that only set the scene and check nothing
 */
public record StepChecks(Map<Class<? extends Step>, String> checking, Set<Class<? extends Step>> settingUp) {

    /** The step kinds of today's profile language: every one of them checks something. */
    public static final StepChecks LANGUAGE = new StepChecks(Map.ofEntries(
            Map.entry(ConnectStep.class, "the platform accepts or refuses the connection as expected"),
            Map.entry(PostPropertiesStep.class, "the code and echoed id of the platform's reply"),
            Map.entry(PostEventStep.class, "the code and echoed id of the platform's reply"),
            Map.entry(ReadPropertiesStep.class, "the values the northbound API returns"),
            Map.entry(SetPropertiesStep.class, "the platform accepts the northbound set request"),
            Map.entry(AwaitDownlinkStep.class, "the exact params of the downlink request the device receives"),
            Map.entry(ListEventsStep.class, "the events the northbound API lists"),
            Map.entry(InvokeServiceStep.class, "the platform accepts the invocation and returns its id"),
            Map.entry(AwaitServiceResultStep.class, "the code and output of the invocation's result"),
            Map.entry(PropertyValueCheckStep.class, "the reply to a generated property value, and what is stored"),
            Map.entry(EventValueCheckStep.class, "the reply to a generated event, and whether it is listed"),
            Map.entry(ServiceInputCheckStep.class, "whether generated service input reaches the device, and the output"),
            Map.entry(ReadOnlySetCheckStep.class, "the refusal of a northbound set of a read-only property"),
            Map.entry(PeerTokenStep.class, "the token endpoint grants or refuses an access token as expected"),
            Map.entry(PeerRequestStep.class, "the interconnection API accepts or refuses a call with the given token"),
            Map.entry(PeerListDevicesStep.class, "the devices the peer's listing shows, page by page"),
            Map.entry(PeerGetThingModelStep.class, "the exported thing model: TSL schema, import, equality"),
            Map.entry(PeerSetPropertiesStep.class, "the interconnection API accepts or refuses the peer's property set"),
            Map.entry(PeerInvokeServiceStep.class, "the interconnection API accepts or refuses the peer's service call"),
            Map.entry(org.thingconform.profile.step.PeerReadPropertiesStep.class,
                    "the current values the peer reads: equal, typed per the thing model, with times"),
            Map.entry(org.thingconform.profile.step.PeerQueryHistoryStep.class,
                    "the values a history range query returns: exactly those in the range"),
            Map.entry(org.thingconform.profile.step.PeerSubscribeStep.class,
                    "the interconnection API accepts the peer's subscription and names it"),
            Map.entry(org.thingconform.profile.step.PeerUnsubscribeStep.class,
                    "the interconnection API accepts the cancellation of a subscription"),
            Map.entry(org.thingconform.profile.step.AwaitPushStep.class,
                    "a push reaches the peer's callback in time, in the common format, signed when asked"),
            Map.entry(org.thingconform.profile.step.ExpectNoPushStep.class,
                    "nothing reaches the callback of a cancelled subscription"),
            Map.entry(org.thingconform.profile.step.PeerSameIdentityStep.class,
                    "every id the peer saw a device under is the one discovery listed"),
            Map.entry(FetchTdStep.class, "the platform serves the Thing's TD, a JSON object, at its URL"),
            Map.entry(TdSchemaCheckStep.class, "the TD passes the W3C TD 1.1 JSON Schema"),
            Map.entry(TdAssertionStep.class, "the TD holds a TD 1.1 assertion"),
            Map.entry(FollowFormsStep.class, "the Thing's answers to operations on its forms: status, content type, "
                    + "data schema, read-back"),
            Map.entry(org.thingconform.profile.step.MqttConnectStep.class, "the broker's CONNACK (code, Session Present) or its close"),
            Map.entry(org.thingconform.profile.step.MqttSubscribeStep.class, "the SUBACK's packet id and codes, in order"),
            Map.entry(org.thingconform.profile.step.MqttPublishStep.class, "the packet ids and codes of PUBACK / PUBREC / PUBCOMP, or the close"),
            Map.entry(org.thingconform.profile.step.MqttExpectMessageStep.class, "a message arrives with its QoS, RETAIN flag and properties"),
            Map.entry(org.thingconform.profile.step.MqttExpectNothingStep.class, "no message arrives within the quiet period"),
            Map.entry(org.thingconform.profile.step.MqttExpectClosedStep.class, "the broker closes the connection"),
            Map.entry(org.thingconform.profile.step.MqttFleetStep.class,
                    "the share of a fleet's devices connected and messages delivered, and the end-to-end latency "
                    + "percentiles, against the thresholds"),
            Map.entry(org.thingconform.profile.step.DeviceFleetStep.class,
                    "the share of a role's devices signed in and of their posts answered with the success code, and "
                    + "the round-trip percentiles from post to answer, against the thresholds"),
            Map.entry(org.thingconform.profile.step.TlsHandshakeStep.class,
                    "the endpoint accepts or refuses a TLS handshake, and the version it negotiates"),
            Map.entry(org.thingconform.profile.step.Lwm2mWriteStep.class,
                    "the Write the server sends (method, path, Content-Format), the success or failure its API reports, "
                    + "the client's values after it"),
            Map.entry(org.thingconform.profile.step.Lwm2mExecuteStep.class,
                    "the Execute the server sends (POST, path, the arguments as its only payload) and its API's success"),
            Map.entry(org.thingconform.profile.step.Lwm2mCreateStep.class,
                    "the Create the server sends (POST on the object), its API's success, the new instance's values"),
            Map.entry(org.thingconform.profile.step.Lwm2mDeleteStep.class,
                    "the Delete the server sends (DELETE on the instance), its API's success, the instance gone"),
            Map.entry(org.thingconform.profile.step.Lwm2mDiscoverStep.class,
                    "the Discover the server sends (GET, Accept 40) and the link attributes its API reports"),
            Map.entry(org.thingconform.profile.step.Lwm2mWriteAttributesStep.class,
                    "the Write-Attributes the server sends (PUT, attributes as query options, no payload) and its API's "
                    + "success"),
            Map.entry(org.thingconform.profile.step.Lwm2mRegisterStep.class,
                    "the server's answer to a Register: its code and Location-Path"),
            Map.entry(org.thingconform.profile.step.Lwm2mUpdateStep.class, "the server's answer to an Update: its code"),
            Map.entry(org.thingconform.profile.step.Lwm2mDeregisterStep.class,
                    "the server's answer to a De-register: its code"),
            Map.entry(org.thingconform.profile.step.Lwm2mRegistrationStep.class,
                    "what the server's API reports of a client's registration: known or not, lifetime, object links"),
            Map.entry(org.thingconform.profile.step.Lwm2mReadStep.class,
                    "the Read the server sends (path, Accept) and the value or failure its API reports"),
            Map.entry(org.thingconform.profile.step.Lwm2mQueuedReadStep.class,
                    "nothing reaches an offline queue-mode client; the held Read reaches it right after its Update, "
                    + "and the value its API reports"),
            Map.entry(org.thingconform.profile.step.Lwm2mReadCompositeStep.class,
                    "the Read-Composite the server sends (one FETCH on the root listing the paths, Accept) and every "
                    + "value its API reports"),
            Map.entry(org.thingconform.profile.step.Lwm2mWriteCompositeStep.class,
                    "the Write-Composite the server sends (one iPATCH on the root, Content-Format), its API's success, "
                    + "the client's values after it"),
            // LwM2M Information Reporting
            Map.entry(org.thingconform.profile.step.Lwm2mObserveStep.class,
                    "the Observe the server sends (path, Observe 0, Accept) and the first value its API reports"),
            Map.entry(org.thingconform.profile.step.Lwm2mAwaitEventStep.class,
                    "the server's event stream reports the client's event (kind, path, value)"),
            Map.entry(org.thingconform.profile.step.Lwm2mExpectNoEventStep.class,
                    "the server's event stream reports no such event within the quiet period"),
            Map.entry(org.thingconform.profile.step.Lwm2mCancelObservationStep.class,
                    "the server's cancel on the wire: GET with Observe 1 and the token (active), or RST on the next "
                            + "notification (passive)")),
            Set.of(org.thingconform.profile.step.MqttDisconnectStep.class, org.thingconform.profile.step.MqttDropStep.class, org.thingconform.profile.step.MqttSendBytesStep.class,
                    org.thingconform.profile.step.Lwm2mChangeStep.class));

    public StepChecks {
        checking = Map.copyOf(checking);
        settingUp = Set.copyOf(settingUp);
    }

    /** Whether a step of this kind checks something the platform does. */
    public boolean checks(Step step) {
        return checking.containsKey(step.getClass());
    }

    /** This table with {@code kind} moved to the set-up-only kinds. */
    public StepChecks withSetUpOnly(Class<? extends Step> kind) {
        Map<Class<? extends Step>, String> checks = new HashMap<>(checking);
        checks.remove(kind);
        Set<Class<? extends Step>> setUp = new HashSet<>(settingUp);
        setUp.add(kind);
        return new StepChecks(checks, setUp);
    }
}
