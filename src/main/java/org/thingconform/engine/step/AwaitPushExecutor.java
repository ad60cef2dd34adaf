package org.thingconform.engine.step;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.PeerCallbackReceiver;
import org.thingconform.platform.PushSettings;
import org.thingconform.profile.step.AwaitPushStep;
import org.thingconform.thingmodel.Event;
import org.thingconform.thingmodel.Parameter;
import org.thingconform.thingmodel.Property;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.ValueValidator;

/**
 * Waits for the next push of a subscription the peer's callback accepted (deliveries it failed
 * on purpose, and exact repeats of pushes already read, are at-least-once delivery and skipped),
 * within the step's bound, and checks its common format: a device id, a property push or an
 * event push as expected, identifiers of the thing model, values valid for their data types,
 * every output of an event, the expected values, a time; and, when asked, a valid signature. When no
 * push counts, the reason names the deliveries it skipped.
 */
final class AwaitPushExecutor implements StepExecutor<AwaitPushStep> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Configuration JSON_PATH = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(JSON)).mappingProvider(new JacksonMappingProvider(JSON))
            .options(Option.SUPPRESS_EXCEPTIONS).build();

    @Override
    public void execute(AwaitPushStep step, ClauseContext context) {
        Subscriptions.Subscription subscription = Subscriptions.of(context, step.subscription());
        PeerCallbackReceiver callbacks = context.callbacks();
        Optional<PushSettings> push = context.interconnection().push();
        if (step.signed() && push.isEmpty()) {
            throw StepFailure.error("awaitPush expects a signed push, but the platform descriptor's interconnection "
                    + "section has no 'push' settings (secret, signatureHeader) to check the signature with");
        }
        int index = Subscriptions.read(context, step.subscription());
        Set<String> read = new HashSet<>();
        callbacks.deliveries(subscription.callback()).stream().limit(index)
                .filter(PeerCallbackReceiver.Delivery::accepted).forEach(d -> read.add(d.text()));
        long deadline = System.nanoTime() + step.within().toNanos();
        List<String> passedOver = new java.util.ArrayList<>();
        String what = step.event() == null ? "property values " + step.values() : "event " + step.event() + " "
                + step.values();
        while (true) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            Optional<PeerCallbackReceiver.Delivery> next = callbacks.await(subscription.callback(), index, left);
            if (next.isEmpty()) {
                List<PeerCallbackReceiver.Delivery> all = callbacks.deliveries(subscription.callback());
                throw StepFailure.fail("expected a push of " + what + " to the peer's callback within "
                        + step.within().toMillis() + " ms; observed " + (passedOver.isEmpty() ? "no further delivery"
                        : "only " + NearMisses.list(passedOver))
                        + " (" + all.size() + " in all, answered " + all.stream().map(d -> d.answered()).toList() + ")");
            }
            index++;
            PeerCallbackReceiver.Delivery delivery = next.get();
            if (!delivery.accepted()) {
                passedOver.add("a delivery the callback failed on purpose (HTTP " + delivery.answered() + ") "
                        + NearMisses.quote(delivery.text()));
                continue;
            }
            if (!read.add(delivery.text())) {
                passedOver.add("a repeat of a push already read " + NearMisses.quote(delivery.text()));
                continue;
            }
            Subscriptions.read(context, step.subscription(), index);
            check(step, context, subscription.device(), delivery, push);
            return;
        }
    }

    private static void check(AwaitPushStep step, ClauseContext context, String role,
                              PeerCallbackReceiver.Delivery delivery, Optional<PushSettings> push) {
        if (step.signed()) {
            String header = push.orElseThrow().signatureHeader();
            if (delivery.signature() == null) {
                throw StepFailure.fail("expected the push to be signed in header " + header + "; observed no signature");
            }
            if (!Boolean.TRUE.equals(delivery.signatureValid())) {
                throw StepFailure.fail("expected the signature in " + header + " to be the HMAC-SHA256 of the body "
                        + "with the descriptor's push secret; observed " + delivery.signature() + ", which does not match");
            }
        }
        JsonNode body;
        try {
            body = JSON.readTree(delivery.body());
        } catch (java.io.IOException e) {
            throw StepFailure.fail("expected a push to be JSON; observed " + Devices.quote(delivery.text()));
        }
        if (body == null || !body.isObject()) {
            throw StepFailure.fail("expected a push to be a JSON object; observed " + Devices.quote(delivery.text()));
        }
        Map<String, String> fields = push.map(PushSettings::fields).orElse(PushSettings.DEFAULT_FIELDS);
        JsonNode deviceId = read(body, fields.get("deviceId"));
        if (deviceId == null || !deviceId.isValueNode() || deviceId.asText().isBlank()) {
            throw StepFailure.fail("expected the push to name the device (" + fields.get("deviceId") + "); observed "
                    + Devices.quote(delivery.text()));
        }
        Peers.seen(context, role, "a push", deviceId);
        JsonNode event = read(body, fields.get("event"));
        ThingModel model = context.profile().modelOf(role);
        JsonNode values = read(body, fields.get("values"));
        if (values == null || !values.isObject()) {
            throw StepFailure.fail("expected the push to carry its values as an object (" + fields.get("values")
                    + "); observed " + Devices.quote(delivery.text()));
        }
        if (step.event() == null) {
            if (event != null) {
                throw StepFailure.fail("expected a push of " + step.values() + " (property values); observed an event "
                        + "push " + Devices.quote(delivery.text()));
            }
            checkProperties(values, model);
        } else {
            if (event == null || !step.event().equals(event.asText())) {
                throw StepFailure.fail("expected a push of event " + step.event() + "; observed "
                        + Devices.quote(delivery.text()));
            }
            checkEvent(values, model.event(step.event()).orElseThrow());
        }
        List<String> different = JsonMatch.missingOrDifferent(step.values(), values);
        if (!different.isEmpty()) {
            throw StepFailure.fail("expected the push to carry " + step.values() + "; observed " + values + " ("
                    + String.join(", ", different) + ")");
        }
        PeerReadPropertiesExecutor.checkTime("the push", read(body, fields.get("time")));
    }

    private static void checkProperties(JsonNode values, ThingModel model) {
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> value = it.next();
            Property property = model.property(value.getKey()).orElseThrow(() -> StepFailure.fail(
                    "expected the push to use the thing model's identifiers; observed unknown property "
                            + value.getKey()));
            PeerReadPropertiesExecutor.checkTyped(value.getKey(), value.getValue(), property);
        }
    }

    private static void checkEvent(JsonNode values, Event event) {
        for (Parameter output : event.outputData()) {
            if (!values.has(output.identifier())) {
                throw StepFailure.fail("expected the push of event " + event.identifier() + " to carry every output "
                        + event.outputData().stream().map(Parameter::identifier).toList() + "; observed "
                        + values + " without " + output.identifier());
            }
        }
        ValueValidator.strict().validateParameters(values, event.outputData()).ifPresent(problem -> {
            throw StepFailure.fail("expected the outputs of event " + event.identifier() + " typed as the thing model "
                    + "says; observed " + values + ": " + problem);
        });
    }

    private static JsonNode read(JsonNode body, String path) {
        JsonNode found = JsonPath.using(JSON_PATH).parse(body).read(path);
        return found == null || found.isNull() || found.isMissingNode() ? null : found;
    }
}
