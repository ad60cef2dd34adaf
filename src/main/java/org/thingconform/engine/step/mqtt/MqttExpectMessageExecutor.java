package org.thingconform.engine.step.mqtt;

import io.netty.handler.codec.mqtt.MqttProperties;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.NearMisses;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.MqttExpectMessageStep;
import org.thingconform.protocol.mqtt.raw.PacketDescription;

/**
 * Carries out {@code mqttExpectMessage}: a PUBLISH on the topic (with the payload) must arrive
 * in time with the QoS (as named, or the minimum of the published QoS and the QoS the broker
 * granted to the client's matching subscriptions), RETAIN flag and properties the step names. Where the standard allows a
 * message to arrive once or several times, the number seen is recorded in the trace. When it does not arrive, the
 * reason names what did: the message with another QoS, other payloads on the topic, or messages on other topics.
 */
public final class MqttExpectMessageExecutor implements StepExecutor<MqttExpectMessageStep> {

    @Override
    public void execute(MqttExpectMessageStep step, ClauseContext context) {
        MqttClients clients = MqttClients.of(context);
        MqttSession session = clients.session(step.client());
        Duration within = step.within() != null ? step.within() : context.profile().timeouts().reply();
        String topic = clients.expand(step.topic());
        String payload = clients.expand(step.payload());
        Predicate<MqttPublishMessage> matches = m -> m.variableHeader().topicName().equals(topic)
                && (payload == null || PacketDescription.payload(m).equals(payload));
        Integer qos = expectedQos(step, session, topic);
        // where several copies may come (overlapping subscriptions), the checked one is the copy of the expected QoS
        Predicate<MqttPublishMessage> first = step.copies().isEmpty() || qos == null ? matches
                : matches.and(m -> m.fixedHeader().qosLevel().value() == qos);
        MqttPublishMessage message = session.awaitPublish(first, within);
        String what = "a PUBLISH on '" + topic + "'" + (payload == null ? "" : " with payload '" + payload + "'");
        String awaited = what + (first == matches ? "" : " delivered with QoS " + qos);
        if (message == null && step.copies().contains(0) && !session.client().isClosed()) {
            // the standard lets the broker drop it (e.g. a retained QoS 0 message it MAY discard): record which
            MqttClients.note(context.trace(), step.client(), "0 copies", what + " did not arrive within "
                    + within.toMillis() + " ms; allowed: " + step.copies());
            return;
        }
        if (message == null) {
            throw StepFailure.fail("expected " + awaited + " within " + within.toMillis() + " ms; "
                    + absent(step, session, matches, topic));
        }
        check(step, qos, message, what);
        if (!step.copies().isEmpty()) {
            int copies = 1;
            while (session.awaitPublish(matches, within) != null) {
                copies++;
            }
            MqttClients.note(context.trace(), step.client(), copies + " cop" + (copies == 1 ? "y" : "ies"),
                    what + " arrived " + copies + " time(s); allowed: " + step.copies());
            if (!step.copies().contains(copies)) {
                throw StepFailure.fail("expected " + what + " to arrive " + step.copies() + " time(s); observed " + copies);
            }
        }
    }

    /**
     * Why the awaited PUBLISH is missing, naming what came closest: the message itself with another QoS
     * (a wait for one QoS passes over the others), else what arrived on the topic, else elsewhere.
     */
    private static String absent(MqttExpectMessageStep step, MqttSession session, Predicate<MqttPublishMessage> matches,
                                 String topic) {
        List<MqttPublishMessage> kept = session.kept();
        String closed = session.client().isClosed() ? "the broker closed the connection" : null;
        Map<Integer, Long> otherQos = kept.stream().filter(matches).collect(Collectors.groupingBy(
                m -> m.fixedHeader().qosLevel().value(), TreeMap::new, Collectors.counting()));
        if (!otherQos.isEmpty()) {
            return (closed == null ? "" : closed + "; ") + "received it only with " + otherQos.entrySet().stream()
                    .map(e -> "QoS " + e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " copy)" : " copies)"))
                    .collect(Collectors.joining(" and "));
        }
        String base = closed == null ? "none arrived" : closed;
        List<String> onTopic = kept.stream().filter(m -> m.variableHeader().topicName().equals(topic))
                .map(m -> "payload " + NearMisses.quote(PacketDescription.payload(m)) + " " + MqttNearMisses.flags(m))
                .toList();
        if (!onTopic.isEmpty()) {
            return base + "; client '" + step.client() + "' received on that topic only: " + NearMisses.list(onTopic);
        }
        List<String> elsewhere = kept.stream().map(MqttNearMisses::describe).toList();
        return elsewhere.isEmpty() ? base
                : base + "; client '" + step.client() + "' received only: " + NearMisses.list(elsewhere);
    }

    /** The QoS the message must arrive with: the step's, or min(published, granted); null for any. */
    private static Integer expectedQos(MqttExpectMessageStep step, MqttSession session, String topic) {
        if (step.publishedQos() == null) {
            return step.qos();
        }
        Integer granted = session.grantedFor(topic);
        if (granted == null) {
            throw StepFailure.error("mqttExpectMessage with publishedQos needs a subscription of client '"
                    + step.client() + "' that matches '" + topic + "' and was granted by a SUBACK");
        }
        return Math.min(step.publishedQos(), granted);
    }

    private static void check(MqttExpectMessageStep step, Integer expectedQos, MqttPublishMessage message, String what) {
        int qos = message.fixedHeader().qosLevel().value();
        boolean retain = message.fixedHeader().isRetain();
        String seen = " (received " + what + " with QoS " + qos + ", RETAIN " + (retain ? 1 : 0) + ")";
        if (expectedQos != null && qos != expectedQos) {
            throw StepFailure.fail("expected the message delivered with QoS " + expectedQos
                    + (step.publishedQos() == null ? "" : " (the minimum of its published QoS " + step.publishedQos()
                    + " and the QoS granted to the matching subscription)") + "; observed QoS " + qos + seen);
        }
        if (step.retain() != null && retain != step.retain()) {
            throw StepFailure.fail("expected RETAIN " + (step.retain() ? 1 : 0) + "; observed RETAIN " + (retain ? 1 : 0)
                    + seen);
        }
        MqttProperties properties = message.variableHeader().properties();
        if (!step.subscriptionIds().isEmpty()) {
            List<Integer> ids = new ArrayList<>();
            properties.getProperties(MqttProperties.MqttPropertyType.SUBSCRIPTION_IDENTIFIER.value())
                    .forEach(p -> ids.add((Integer) p.value()));
            if (!ids.containsAll(step.subscriptionIds())) {
                throw StepFailure.fail("expected the PUBLISH to carry subscription identifier(s) " + step.subscriptionIds()
                        + "; observed " + ids + seen);
            }
        }
        if (step.maxMessageExpiry() != null) {
            MqttProperties.MqttProperty<?> expiry = properties.getProperty(
                    MqttProperties.MqttPropertyType.PUBLICATION_EXPIRY_INTERVAL.value());
            if (expiry == null || ((Integer) expiry.value()) > step.maxMessageExpiry()) {
                throw StepFailure.fail("expected a message expiry interval of at most " + step.maxMessageExpiry()
                        + " s (the time left); observed " + (expiry == null ? "none" : expiry.value() + " s") + seen);
            }
        }
    }
}
