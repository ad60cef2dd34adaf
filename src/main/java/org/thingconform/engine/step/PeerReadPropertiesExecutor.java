package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.PeerReadPropertiesStep;
import org.thingconform.thingmodel.Property;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.ValueValidator;

/**
 * The peer reads the current values of a device ({@code readProperties} of the interconnection
 * API, addressed by the id discovery listed): each expected value is there, equal, valid for its
 * thing-model data type (a number as a JSON number, not a string), and has a time.
 */
final class PeerReadPropertiesExecutor implements StepExecutor<PeerReadPropertiesStep> {

    @Override
    public void execute(PeerReadPropertiesStep step, ClauseContext context) {
        NorthboundResponse response = context.interconnection().call("readProperties",
                Peers.variables(context, step.device(), null), null);
        Peers.requireSuccess(response, "the peer's read of the current values of device role '" + step.device() + "'");
        Peers.seen(context, step.device(), "the current-values answer", response.get("deviceId"));
        JsonNode list = response.get("properties");
        if (list == null || !list.isArray()) {
            throw StepFailure.fail("expected a list of current property values; observed " + Devices.quote(response.body()));
        }
        List<Map<String, JsonNode>> items = response.items("properties");
        ThingModel model = context.profile().modelOf(step.device());
        for (Iterator<Map.Entry<String, JsonNode>> it = step.values().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> expected = it.next();
            String id = expected.getKey();
            Map<String, JsonNode> item = items.stream()
                    .filter(i -> i.get("identifier") != null && id.equals(i.get("identifier").asText())).findFirst()
                    .orElseThrow(() -> StepFailure.fail("expected property " + id + " among the current values; observed "
                            + items.stream().map(i -> String.valueOf(i.get("identifier"))).toList()));
            JsonNode value = item.get("value");
            Property property = model.property(id).orElseThrow();
            checkTyped(id, value, property);
            if (!JsonMatch.same(expected.getValue(), value)) {
                throw StepFailure.fail("expected current value " + expected.getValue() + " of " + id + "; observed "
                        + value);
            }
            checkTime("the current value of " + id, item.get("time"));
        }
    }

    /** A value must be valid for its data type: of its JSON type, in its range. */
    static void checkTyped(String id, JsonNode value, Property property) {
        if (value == null) {
            throw StepFailure.fail("expected a value of " + id + "; observed none");
        }
        Optional<String> problem = ValueValidator.strict().validate(value, property.dataType());
        if (problem.isPresent()) {
            throw StepFailure.fail("expected the value of " + id + " typed as its thing-model data type ("
                    + property.dataType().kind().name().toLowerCase(java.util.Locale.ROOT) + "); observed " + value
                    + ": " + problem.get());
        }
    }

    /** A time must be UTC milliseconds: a positive integer. */
    static void checkTime(String what, JsonNode time) {
        if (time == null || !time.canConvertToLong() || !time.isIntegralNumber() || time.asLong() <= 0) {
            throw StepFailure.fail("expected " + what + " to carry a time in UTC milliseconds; observed "
                    + (time == null ? "none" : time.toString()));
        }
    }
}
