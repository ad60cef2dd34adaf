package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.Lwm2mServerDescriptor;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.Lwm2mReadStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.Lwm2mContentFormat;
import org.thingconform.protocol.lwm2m.ServerRequest;

/**
 * Carries out {@code lwm2mRead}: asks the server's API to read a path of the client in a content format,
 * then checks the wire and the report. A value read: the client got a GET on the path whose Accept is the
 * format's number (TS 6.3.1, Transport 6.4: the server asks for the format it wants), and the API reports
 * the value the client holds. An error: the client answered the given code and the API reports a failure
 * with it, never success. Refused: the API refuses, and nothing reaches the client.
 */
public final class Lwm2mReadExecutor implements StepExecutor<Lwm2mReadStep> {

    @Override
    public void execute(Lwm2mReadStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        Lwm2mClient client = clients.client(step.client());
        Lwm2mServerDescriptor server = Lwm2mClients.server(context);
        Lwm2mContentFormat format = Lwm2mContentFormat.byName(step.format()).orElseThrow();
        if (step.answer() != null) {
            client.answerNext(step.path(), step.answer());
        }
        int before = client.inbox().all().size();
        NorthboundResponse response = clients.api(context).call("read", Map.of("endpoint", clients.endpoint(step.client()),
                "path", step.path().substring(1), "format", server.format(step.format())), null);
        Duration reply = Lwm2mClients.reply(context);
        switch (step.expect()) {
            case VALUE -> value(step, client, format, response, reply);
            case ERROR -> error(step, client, response, reply);
            case REFUSED -> refused(step, client, response, before);
        }
    }

    private static void value(Lwm2mReadStep step, Lwm2mClient client, Lwm2mContentFormat format,
                              NorthboundResponse response, Duration reply) {
        ServerRequest get = client.inbox().await("GET", step.path(), reply).orElseThrow(() -> StepFailure.fail(
                "expected the server to send the client a Read (GET " + step.path() + ") when its API was asked; none "
                        + "came within " + reply.toMillis() + " ms (the API answered HTTP " + response.status() + ")"));
        if (get.accept().isEmpty() || get.accept().getAsInt() != format.code()) {
            throw StepFailure.fail("expected the server's Read of " + step.path() + " in " + step.format()
                    + " to carry Accept " + format.code() + "; observed " + (get.accept().isEmpty() ? "no Accept option"
                    : "Accept " + get.accept().getAsInt()));
        }
        if (!ApiOutcome.succeeded(response)) {
            throw StepFailure.fail("expected the server's API to report the value the client returned for " + step.path()
                    + "; observed HTTP " + response.status() + " " + Bodies.quote(response.body()));
        }
        Object held = client.tree().value(step.path()).orElseThrow(() -> StepFailure.error("the client holds no "
                + "single value at " + step.path() + "; a value read needs a readable single-value resource"));
        JsonNode reported = response.get("value");
        if (!ReportedValues.same(held, reported)) {
            throw StepFailure.fail("expected the server's API to report " + step.path() + " = " + shown(held)
                    + " (read in " + step.format() + "); observed " + reported);
        }
    }

    private static void error(Lwm2mReadStep step, Lwm2mClient client, NorthboundResponse response, Duration reply) {
        if (client.inbox().await("GET", step.path(), reply).isEmpty()) {
            throw StepFailure.inconclusive("the server sent the client no Read of " + step.path() + ", so it could not "
                    + "answer " + step.answer());
        }
        ApiOutcome.requireFailure("Read of " + step.path(), "the client's " + step.answer(), step.answer(), response);
    }

    private static void refused(Lwm2mReadStep step, Lwm2mClient client, NorthboundResponse response, int before) {
        if (ApiOutcome.succeeded(response)) {
            throw StepFailure.fail("expected the server's API to refuse the Read of " + step.path() + "; observed "
                    + "success, HTTP " + response.status() + " " + Bodies.quote(response.body()));
        }
        String object = step.path().split("/")[1];
        client.inbox().all().stream().skip(before)
                .filter(r -> r.path().equals("/" + object) || r.path().startsWith("/" + object + "/")).findFirst()
                .ifPresent(r -> {
                    throw StepFailure.fail("expected the server to send the client nothing on object " + object
                            + "; observed " + r);
                });
    }

    private static String shown(Object held) {
        return held instanceof byte[] bytes ? "0x" + java.util.HexFormat.of().formatHex(bytes) : String.valueOf(held);
    }
}
