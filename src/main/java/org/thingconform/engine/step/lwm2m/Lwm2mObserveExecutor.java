package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.Lwm2mServerDescriptor;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.Lwm2mObserveStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.Lwm2mContentFormat;
import org.thingconform.protocol.lwm2m.ServerRequest;

/**
 * Carries out {@code lwm2mObserve}: asks the server's API to observe a path of the client in a content
 * format, then checks the wire and the report. The client must get a GET on the path with Observe 0 (TS
 * 6.4.1, RFC 7641: without the option it is a plain Read and no notification follows) and the format's
 * Accept; the API must report the value the client holds as the observation's first value. The Observe's
 * token is kept for a later cancel.
 */
public final class Lwm2mObserveExecutor implements StepExecutor<Lwm2mObserveStep> {

    @Override
    public void execute(Lwm2mObserveStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        Lwm2mClient client = clients.client(step.client());
        Lwm2mServerDescriptor server = Lwm2mClients.server(context);
        Lwm2mContentFormat format = Lwm2mContentFormat.byName(step.format()).orElseThrow();
        NorthboundResponse response = clients.api(context).call("observe", Map.of("endpoint",
                clients.endpoint(step.client()), "path", step.path().substring(1), "format",
                server.format(step.format())), null);
        Duration reply = Lwm2mClients.reply(context);
        ServerRequest get = client.inbox().await("GET", step.path(), reply).orElseThrow(() -> StepFailure.fail(
                "expected the server to send the client an Observe (GET " + step.path() + " with Observe 0) when its "
                        + "API was asked; none came within " + reply.toMillis() + " ms (the API answered HTTP "
                        + response.status() + ")"));
        if (get.observe().isEmpty() || get.observe().getAsInt() != 0) {
            throw StepFailure.fail("expected the server's Observe of " + step.path() + " to carry the Observe option "
                    + "0; observed " + (get.observe().isEmpty() ? "a GET without an Observe option (a plain Read)"
                    : "Observe " + get.observe().getAsInt()));
        }
        if (get.accept().isEmpty() || get.accept().getAsInt() != format.code()) {
            throw StepFailure.fail("expected the server's Observe of " + step.path() + " in " + step.format()
                    + " to carry Accept " + format.code() + "; observed " + (get.accept().isEmpty()
                    ? "no Accept option" : "Accept " + get.accept().getAsInt()));
        }
        ObservedPaths.of(context).put(step.client(), step.path(), get);
        if (!ApiOutcome.succeeded(response)) {
            throw StepFailure.fail("expected the server's API to report the observation of " + step.path()
                    + " with its first value; observed HTTP " + response.status() + " " + Bodies.quote(response.body()));
        }
        JsonNode reported = response.get("value");
        client.tree().value(step.path()).ifPresent(held -> {
            if (!ReportedValues.same(held, reported)) {
                throw StepFailure.fail("expected the server's API to report the first value of " + step.path() + " = "
                        + held + " (observed in " + step.format() + "); observed " + reported);
            }
        });
        if (step.saveAs() != null) {
            context.save(step.saveAs(), reported == null ? null : reported.asText());
        }
    }
}
