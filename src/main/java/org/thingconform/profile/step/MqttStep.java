package org.thingconform.profile.step;

/**
 * A step of the MQTT broker profile: it plays a named packet-level MQTT client against the
 * broker under test, not a simulated device, so no binding or thing model is involved.
 */
public sealed interface MqttStep extends Step permits MqttConnectStep, MqttSubscribeStep, MqttPublishStep,
        MqttExpectMessageStep, MqttExpectNothingStep, MqttDisconnectStep, MqttDropStep, MqttSendBytesStep,
        MqttExpectClosedStep {

    /** The name of the client the step plays, e.g. {@code sub}. */
    String client();

    @Override
    default boolean usesDevice() {
        return false;
    }
}
