package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.PeerQueryHistoryStep;

/**
 * The peer asks for the values a property had in a time range ({@code queryHistory}, with
 * {@code {from}} and {@code {to}} in UTC milliseconds): every value returned lies in the range,
 * and the values, oldest first, are exactly the expected ones.
 */
final class PeerQueryHistoryExecutor implements StepExecutor<PeerQueryHistoryStep> {

    /** One value of the answer. */
    private record Point(JsonNode value, long time) {
    }

    @Override
    public void execute(PeerQueryHistoryStep step, ClauseContext context) {
        long from = context.timeBase() + step.from();
        long to = context.timeBase() + step.to();
        Map<String, String> variables = Peers.variables(context, step.device(), step.property());
        variables.put("from", String.valueOf(from));
        variables.put("to", String.valueOf(to));
        NorthboundResponse response = context.interconnection().call("queryHistory", variables, null);
        String what = "the peer's history query of " + step.property() + " from " + from + " to " + to;
        Peers.requireSuccess(response, what);
        Peers.seen(context, step.device(), "the history answer", response.get("deviceId"));
        JsonNode list = response.get("points");
        if (list == null || !list.isArray()) {
            throw StepFailure.fail("expected a list of values in the answer to " + what + "; observed "
                    + Devices.quote(response.body()));
        }
        List<Point> points = new ArrayList<>();
        for (Map<String, JsonNode> item : response.items("points")) {
            JsonNode time = item.get("time");
            PeerReadPropertiesExecutor.checkTime("every value of the history answer", time);
            points.add(new Point(item.get("value"), time.asLong()));
        }
        for (Point point : points) {
            if (point.time() < from || point.time() > to) {
                throw StepFailure.fail("expected only values from " + from + " to " + to + " (the range asked for); "
                        + "observed " + point.value() + " at " + point.time() + ", " + (point.time() < from
                        ? (from - point.time()) + " ms before the start" : (point.time() - to) + " ms after the end"));
            }
        }
        points.sort(Comparator.comparingLong(Point::time));
        List<JsonNode> observed = points.stream().map(Point::value).toList();
        boolean same = observed.size() == step.values().size();
        for (int i = 0; same && i < observed.size(); i++) {
            same = JsonMatch.same(step.values().get(i), observed.get(i));
        }
        if (!same) {
            throw StepFailure.fail("expected exactly the values " + step.values() + " of " + step.property()
                    + " in the range, oldest first; observed " + observed);
        }
    }
}
