package org.thingconform.profile.step;

import java.util.Optional;

/**
 * The acknowledgement a step's protocol owes on the way (a PUBACK, the QoS 2 flow, a SUBACK, a
 * CONNACK), named alike wherever it occurs, so lint can tell that a means in one clause is the
 * subject of another. Steps whose protocol owes none have none.
 */
public final class Acknowledgements {

    private Acknowledgements() {
    }

    /** What {@code step} is owed, e.g. "the QoS 2 flow of a PUBLISH (PUBREC, PUBREL, PUBCOMP)". */
    public static Optional<String> of(Step step) {
        if (step instanceof MqttPublishStep p && !p.expectClosed() && p.qos() > 0) {
            return Optional.of(p.qos() == 2 ? "the QoS 2 flow of a PUBLISH (PUBREC, PUBREL, PUBCOMP)"
                    : "the PUBACK of a QoS 1 PUBLISH");
        }
        if (step instanceof MqttSubscribeStep s && !s.expectRejected()) {
            return Optional.of("the SUBACK of a SUBSCRIBE");
        }
        if (step instanceof MqttConnectStep c && c.outcome() == MqttConnectStep.Outcome.CONNACK) {
            return Optional.of(c.reasonCodes().equals(java.util.List.of(0)) ? "the CONNACK accepting a CONNECT"
                    : "a CONNACK " + c.reasonCodes().stream().map(code -> String.format("0x%02X", code)).toList()
                    + " to a CONNECT");
        }
        return Optional.empty();
    }
}
