package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.Lwm2mWriteStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.Lwm2mContentFormat;
import org.thingconform.protocol.lwm2m.ServerRequest;

/**
 * Carries out {@code lwm2mWrite}: asks the server's API to write values on a resource or object instance of
 * the client, then checks the wire, the report and the client. Written: the client got a PUT (replace) or a
 * POST (partial update) on the path (TS 6.3.3) whose Content-Format is the format's number, the API reports
 * success and the client holds the values. An error: the client refused the write (with the code forced by
 * {@code answer}, or on its own, e.g. 4.05 for a read-only resource) and the API reports a failure, never
 * success. Rejected: a value outside the resource's type or range is reported as failed (refused by the server
 * itself or by the client), and the client keeps its value.
 */
public final class Lwm2mWriteExecutor implements StepExecutor<Lwm2mWriteStep> {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public void execute(Lwm2mWriteStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        Lwm2mClient client = clients.client(step.client());
        if (step.answer() != null) {
            client.answerNext(step.path(), step.answer());
        }
        Instant since = Instant.now();
        Map<Integer, Optional<Object>> before = held(client, step);
        NorthboundResponse response = clients.api(context).call("write", Map.of("endpoint",
                clients.endpoint(step.client()), "path", step.path().substring(1), "format",
                Lwm2mClients.server(context).format(step.format()), "mode", step.replace() ? "replace" : "update",
                "replace", String.valueOf(step.replace())),
                params(step, context));
        Duration reply = Lwm2mClients.reply(context);
        String method = step.replace() ? "PUT" : "POST";
        String operation = "Write (" + (step.replace() ? "replace" : "partial update") + ") of " + step.path();
        if (step.expect() == Lwm2mWriteStep.Expect.ERROR) {
            if (WireRequests.next(client, step.path(), since, reply).filter(r -> r.path().equals(step.path())).isEmpty()) {
                throw StepFailure.inconclusive("the server sent the client no Write of " + step.path()
                        + ", so the client could not refuse it");
            }
            ApiOutcome.requireFailure(operation, step.answer() == null ? "the client's refusal" : "the client's "
                    + step.answer(), step.answer(), response);
            return;
        }
        if (step.expect() == Lwm2mWriteStep.Expect.REJECTED) {
            rejected(step, client, operation, before, response);
            return;
        }
        ServerRequest write = WireRequests.require(client, method, step.path(), "a " + operation + " (" + method + " "
                + step.path() + ")", since, reply, response);
        int expected = Lwm2mContentFormat.byName(step.format()).orElseThrow().code();
        if (write.contentFormat().isEmpty() || write.contentFormat().getAsInt() != expected) {
            throw StepFailure.fail("expected the " + operation + " in " + step.format() + " to carry Content-Format "
                    + expected + "; observed " + (write.contentFormat().isEmpty() ? "none"
                    : String.valueOf(write.contentFormat().getAsInt())));
        }
        ApiOutcome.requireSuccess(operation, response);
        HeldValues.require(client, instance(step), step.values(), operation);
    }

    /**
     * An invalid value: the API reports a failure, whether the server refused the value or the client did, and
     * the client holds what it held before.
     */
    private static void rejected(Lwm2mWriteStep step, Lwm2mClient client, String operation,
                                 Map<Integer, Optional<Object>> before, NorthboundResponse response) {
        if (ApiOutcome.succeeded(response)) {
            throw StepFailure.fail("expected the server's API to report the " + operation + " of " + step.values().values()
                    + " (outside the resource's type or range) as failed; observed success, HTTP " + response.status()
                    + " " + Bodies.quote(response.body()));
        }
        Map<Integer, Optional<Object>> after = held(client, step);
        for (Map.Entry<Integer, Optional<Object>> value : before.entrySet()) {
            Optional<Object> now = after.get(value.getKey());
            if (!java.util.Objects.deepEquals(value.getValue().orElse(null), now.orElse(null))) {
                throw StepFailure.fail("expected the client to keep " + instance(step) + "/" + value.getKey() + " = "
                        + value.getValue().map(String::valueOf).orElse("no value") + " after the refused " + operation
                        + "; observed " + now.map(String::valueOf).orElse("no value"));
            }
        }
    }

    /** What the client holds of each resource the step writes. */
    private static Map<Integer, Optional<Object>> held(Lwm2mClient client, Lwm2mWriteStep step) {
        Map<Integer, Optional<Object>> held = new java.util.TreeMap<>();
        step.values().keySet().forEach(id -> held.put(id, client.tree().value(instance(step) + "/" + id)));
        return held;
    }

    private static String instance(Lwm2mWriteStep step) {
        return step.path().split("/").length == 4 ? step.path().substring(0, step.path().lastIndexOf('/')) : step.path();
    }

    /**
     * For a resource {@code {"id": r, "value": v, "type": t}}; for an instance {@code {"id": i, "resources": {r: v,
     * …}, "nodes": [{"id": r, "value": v, "type": t}, …]}} ({@link ValueParams}).
     */
    private static JsonNode params(Lwm2mWriteStep step, ClauseContext context) {
        String[] segments = step.path().substring(1).split("/");
        int object = Integer.parseInt(segments[0]);
        if (segments.length == 3) {
            return ValueParams.resource(context.profile(), object, Integer.parseInt(segments[2]),
                    step.values().values().iterator().next());
        }
        ObjectNode params = JSON.objectNode();
        params.put("id", Integer.parseInt(segments[1]));
        return ValueParams.instance(params, context.profile(), object, step.values());
    }
}
