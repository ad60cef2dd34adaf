package org.thingconform.engine.step;

import java.util.Map;
import org.thingconform.engine.ClauseContext;
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
import org.thingconform.profile.step.AwaitPushStep;
import org.thingconform.profile.step.ExpectNoPushStep;
import org.thingconform.profile.step.PeerQueryHistoryStep;
import org.thingconform.profile.step.PeerReadPropertiesStep;
import org.thingconform.profile.step.PeerSameIdentityStep;
import org.thingconform.profile.step.PeerSubscribeStep;
import org.thingconform.profile.step.PeerUnsubscribeStep;
import org.thingconform.profile.step.FetchTdStep;
import org.thingconform.profile.step.FollowFormsStep;
import org.thingconform.profile.step.TdAssertionStep;
import org.thingconform.profile.step.TdSchemaCheckStep;

/** Finds the executor of each step kind: the one place a new step kind is wired in. */
public final class StepExecutors {

    private static final Map<Class<? extends Step>, StepExecutor<?>> EXECUTORS = Map.ofEntries(
            Map.entry(ConnectStep.class, new ConnectExecutor()),
            Map.entry(PostPropertiesStep.class, new PostPropertiesExecutor()),
            Map.entry(PostEventStep.class, new PostEventExecutor()),
            Map.entry(ReadPropertiesStep.class, new ReadPropertiesExecutor()),
            Map.entry(SetPropertiesStep.class, new SetPropertiesExecutor()),
            Map.entry(AwaitDownlinkStep.class, new AwaitDownlinkExecutor()),
            Map.entry(ListEventsStep.class, new ListEventsExecutor()),
            Map.entry(InvokeServiceStep.class, new InvokeServiceExecutor()),
            Map.entry(AwaitServiceResultStep.class, new AwaitServiceResultExecutor()),
            Map.entry(PropertyValueCheckStep.class, new PropertyValueCheckExecutor()),
            Map.entry(EventValueCheckStep.class, new EventValueCheckExecutor()),
            Map.entry(ServiceInputCheckStep.class, new ServiceInputCheckExecutor()),
            Map.entry(ReadOnlySetCheckStep.class, new ReadOnlySetCheckExecutor()),
            Map.entry(PeerTokenStep.class, new PeerTokenExecutor()),
            Map.entry(PeerRequestStep.class, new PeerRequestExecutor()),
            Map.entry(PeerListDevicesStep.class, new PeerListDevicesExecutor()),
            Map.entry(PeerGetThingModelStep.class, new PeerGetThingModelExecutor()),
            Map.entry(PeerSetPropertiesStep.class, new PeerSetPropertiesExecutor()),
            Map.entry(PeerInvokeServiceStep.class, new PeerInvokeServiceExecutor()),
            Map.entry(PeerReadPropertiesStep.class, new PeerReadPropertiesExecutor()),
            Map.entry(PeerQueryHistoryStep.class, new PeerQueryHistoryExecutor()),
            Map.entry(PeerSubscribeStep.class, new PeerSubscribeExecutor()),
            Map.entry(PeerUnsubscribeStep.class, new PeerUnsubscribeExecutor()),
            Map.entry(AwaitPushStep.class, new AwaitPushExecutor()),
            Map.entry(ExpectNoPushStep.class, new ExpectNoPushExecutor()),
            Map.entry(PeerSameIdentityStep.class, new PeerSameIdentityExecutor()),
            Map.entry(FetchTdStep.class, new FetchTdExecutor()),
            Map.entry(TdSchemaCheckStep.class, new TdSchemaCheckExecutor()),
            Map.entry(TdAssertionStep.class, new TdAssertionExecutor()),
            Map.entry(FollowFormsStep.class, new FollowFormsExecutor()),
            Map.entry(org.thingconform.profile.step.MqttConnectStep.class, new org.thingconform.engine.step.mqtt.MqttConnectExecutor()),
            Map.entry(org.thingconform.profile.step.MqttSubscribeStep.class, new org.thingconform.engine.step.mqtt.MqttSubscribeExecutor()),
            Map.entry(org.thingconform.profile.step.MqttPublishStep.class, new org.thingconform.engine.step.mqtt.MqttPublishExecutor()),
            Map.entry(org.thingconform.profile.step.MqttExpectMessageStep.class, new org.thingconform.engine.step.mqtt.MqttExpectMessageExecutor()),
            Map.entry(org.thingconform.profile.step.MqttExpectNothingStep.class, new org.thingconform.engine.step.mqtt.MqttExpectNothingExecutor()),
            Map.entry(org.thingconform.profile.step.MqttDisconnectStep.class, new org.thingconform.engine.step.mqtt.MqttDisconnectExecutor()),
            Map.entry(org.thingconform.profile.step.MqttDropStep.class, new org.thingconform.engine.step.mqtt.MqttDropExecutor()),
            Map.entry(org.thingconform.profile.step.MqttSendBytesStep.class, new org.thingconform.engine.step.mqtt.MqttSendBytesExecutor()),
            Map.entry(org.thingconform.profile.step.MqttExpectClosedStep.class, new org.thingconform.engine.step.mqtt.MqttExpectClosedExecutor()),
            Map.entry(org.thingconform.profile.step.TlsHandshakeStep.class, new TlsHandshakeExecutor()),
            Map.entry(org.thingconform.profile.step.MqttFleetStep.class, new org.thingconform.engine.step.fleet.MqttFleetExecutor()),
            Map.entry(org.thingconform.profile.step.DeviceFleetStep.class, new org.thingconform.engine.step.fleet.DeviceFleetExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mWriteStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mWriteExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mExecuteStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mExecuteExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mCreateStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mCreateExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mDeleteStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mDeleteExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mDiscoverStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mDiscoverExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mWriteAttributesStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mWriteAttributesExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mRegisterStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mRegisterExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mUpdateStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mUpdateExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mDeregisterStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mDeregisterExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mRegistrationStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mRegistrationExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mReadStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mReadExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mQueuedReadStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mQueuedReadExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mReadCompositeStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mReadCompositeExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mWriteCompositeStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mWriteCompositeExecutor()),
            // LwM2M Information Reporting
            Map.entry(org.thingconform.profile.step.Lwm2mObserveStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mObserveExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mChangeStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mChangeExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mAwaitEventStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mAwaitEventExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mExpectNoEventStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mExpectNoEventExecutor()),
            Map.entry(org.thingconform.profile.step.Lwm2mCancelObservationStep.class, new org.thingconform.engine.step.lwm2m.Lwm2mCancelObservationExecutor()));

    private StepExecutors() {
    }

    /** Carries out {@code step}. */
    @SuppressWarnings("unchecked")
    public static void execute(Step step, ClauseContext context) {
        StepExecutor<Step> executor = (StepExecutor<Step>) EXECUTORS.get(step.getClass());
        if (executor == null) {
            throw new IllegalStateException("no executor for step kind " + step.kind());
        }
        executor.execute(step, context);
    }
}
