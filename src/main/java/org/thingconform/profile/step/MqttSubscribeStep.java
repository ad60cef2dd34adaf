package org.thingconform.profile.step;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * Sends a SUBSCRIBE and checks the SUBACK: it carries the SUBSCRIBE's packet id and one code
 * per filter, in order, each one of those allowed for its filter. With {@code expectRejected}
 * (an invalid filter) the broker may either answer failure codes (0x80 or more) or close the
 * connection; which one it chose is recorded in the trace.
 *
 * @param subscriptionId MQTT 5 subscription identifier, or null
 * @param codes          per filter the codes that pass; empty: any code
 */
public record MqttSubscribeStep(SourceLocation location, String client, List<Subscription> subscriptions,
                                Integer subscriptionId, List<List<Integer>> codes, boolean expectRejected)
        implements MqttStep {

    /** One topic filter with its requested maximum QoS; {@code shared} filters are {@code $share/…}. */
    public record Subscription(String filter, int qos, boolean noLocal) {
    }

    public MqttSubscribeStep {
        subscriptions = List.copyOf(subscriptions);
        codes = List.copyOf(codes);
    }

    @Override
    public String kind() {
        return "mqttSubscribe";
    }
}
