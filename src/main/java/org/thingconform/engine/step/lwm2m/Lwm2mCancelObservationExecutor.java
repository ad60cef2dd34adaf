package org.thingconform.engine.step.lwm2m;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.Lwm2mCancelObservationStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.ServerRequest;
import org.thingconform.trace.TraceEntry;

/**
 * Carries out {@code lwm2mCancelObservation} (TS 6.4.3, SCR LwM2M-IR-003-S-M): asks the server's API to
 * cancel the client's observation of a path, then checks the wire. Active (ETS int-303): the client gets a
 * GET on the path with Observe 1 and the token of the observation (RFC 7641 §3.6). Passive (ETS int-302): the
 * client changes the value, and the server answers the notification with RST (RFC 7641 §3.6), which ends
 * the client's Observe relation; an acknowledged notification means the server still observes.
 */
public final class Lwm2mCancelObservationExecutor implements StepExecutor<Lwm2mCancelObservationStep> {

    @Override
    public void execute(Lwm2mCancelObservationStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        Lwm2mClient client = clients.client(step.client());
        ServerRequest observe = ObservedPaths.of(context).get(step.client(), step.path()).orElseThrow(() ->
                StepFailure.error("client '" + step.client() + "' has no observation of " + step.path() + " to cancel; "
                        + "an lwm2mObserve step of that path must come first"));
        String mode = step.active() ? "active" : "passive";
        NorthboundResponse response = clients.api(context).call("cancelObservation", Map.of("endpoint",
                clients.endpoint(step.client()), "path", step.path().substring(1), "mode", mode), null);
        if (!response.success()) {
            throw StepFailure.fail("expected the server's API to cancel the observation of " + step.path() + " ("
                    + mode + "); observed HTTP " + response.status() + " " + Bodies.quote(response.body()));
        }
        Duration reply = Lwm2mClients.reply(context);
        if (step.active()) {
            active(step, client, observe, reply);
        } else {
            passive(step, context, client, observe, reply);
        }
    }

    private static void active(Lwm2mCancelObservationStep step, Lwm2mClient client, ServerRequest observe,
                               Duration reply) {
        ServerRequest cancel = client.inbox().await(r -> r.is("GET", step.path()) && r.observe().isPresent()
                && r.observe().getAsInt() == 1, reply).orElseThrow(() -> StepFailure.fail("expected the server to "
                + "send the client a GET " + step.path() + " with Observe 1 and the observation's token "
                + observe.token() + " (an active cancel); observed " + others(client, step.path()) + " within "
                + reply.toMillis() + " ms"));
        if (!cancel.token().equals(observe.token())) {
            throw StepFailure.fail("expected the server's Cancel Observation (GET " + step.path() + " with Observe 1) "
                    + "to carry the observation's token " + observe.token() + "; observed token " + cancel.token());
        }
    }

    private static void passive(Lwm2mCancelObservationStep step, ClauseContext context, Lwm2mClient client,
                                ServerRequest observe, Duration reply) {
        if (!client.observeRelations().active(observe.token())) {
            return;
        }
        Object held = client.tree().value(step.path()).orElseThrow(() -> StepFailure.error("the client holds no "
                + "single value at " + step.path() + " to change; a passive cancel needs an observed resource"));
        int mark = context.trace().entries().size();
        client.tree().set(step.path(), ChangedValues.after(held));
        if (!client.observeRelations().awaitEnd(observe.token(), reply)) {
            throw StepFailure.fail("expected the server to answer the client's next notification of " + step.path()
                    + " with RST after a passive cancel, ending the observation (token " + observe.token()
                    + "); observed " + answers(context, mark) + " within " + reply.toMillis() + " ms, and the "
                    + "relation still held");
        }
    }

    /** The server's empty messages (ACK, RST) to the client since trace entry {@code mark}. */
    private static String answers(ClauseContext context, int mark) {
        List<TraceEntry> entries = context.trace().entries();
        List<String> answers = entries.subList(Math.min(mark, entries.size()), entries.size()).stream()
                .filter(e -> e.direction() == TraceEntry.Direction.RECEIVED && e.protocol().equals("lwm2m")
                        && e.kind().contains("(empty)")).map(TraceEntry::kind).toList();
        return answers.isEmpty() ? "no answer to the notification" : String.join(", ", answers);
    }

    private static String others(Lwm2mClient client, String path) {
        List<String> requests = client.inbox().untaken().stream().filter(r -> r.path().equals(path))
                .map(ServerRequest::toString).toList();
        return requests.isEmpty() ? "no request on " + path : requests.toString();
    }
}
