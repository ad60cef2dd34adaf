package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.Lwm2mQueuedReadStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.Lwm2mContentFormat;
import org.thingconform.protocol.lwm2m.Lwm2mOutcome;
import org.thingconform.protocol.lwm2m.ServerRequest;
import org.thingconform.trace.MessageTrace;

/**
 * Carries out {@code lwm2mQueuedRead}: a Read of a queue-mode client the server must deem offline (TS 6.2.1
 * parameter Q; Transport TS, Queue Mode: the server does not send to such a client, it waits until the client is
 * online again and then sends what it holds). The step lets the client stay silent for the server's awake time
 * (the IXIT, counted from the server's last answer to the client), asks the API for the Read on a thread of its
 * own (an API may hold its answer until the request is done), checks that nothing reaches the client within the
 * quiet period, sends an Update, and checks that the Read reaches the client right after it with the format's
 * Accept. The API must then report the client's value, or answer 202 Accepted: a request queued, not yet done.
 * An API that refuses the Read while the client sleeps (a failure status within the quiet period, nothing sent)
 * passes too, recorded as an observed behaviour: the TS binds what reaches the client, not a server's API.
 */
public final class Lwm2mQueuedReadExecutor implements StepExecutor<Lwm2mQueuedReadStep> {

    /** Beyond the awake time: the server's clock started when it answered, a little before the client heard it. */
    private static final Duration MARGIN = Duration.ofMillis(250);

    @Override
    public void execute(Lwm2mQueuedReadStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        Lwm2mClient client = clients.client(step.client());
        Instant heard = client.lastAnswered().orElseThrow(() -> StepFailure.inconclusive("client '" + step.client()
                + "' has not been answered by the server yet: register it (queueMode: true) first"));
        if (client.registrationLocation().isEmpty()) {
            throw StepFailure.inconclusive("client '" + step.client() + "' has no registration to update");
        }
        // the API's client is made and used once before: its first call may take a second, which must not eat the
        // quiet period (the API asks nothing of the client for it)
        NorthboundResponse known = clients.api(context).call("getRegistration", Map.of("endpoint",
                clients.endpoint(step.client())), null);
        if (!known.success()) {
            throw StepFailure.inconclusive("the server's API does not know client '" + step.client() + "' (HTTP "
                    + known.status() + "), so a Read held for it cannot be asked for");
        }
        waitUntil(heard.plus(step.awakeTime()).plus(MARGIN));

        Instant asked = Instant.now();
        Map<String, String> variables = Map.of("endpoint", clients.endpoint(step.client()), "path",
                step.path().substring(1), "format", Lwm2mClients.server(context).format(step.format()));
        CompletableFuture<NorthboundResponse> response = CompletableFuture.supplyAsync(
                () -> clients.api(context).call("read", variables, null));
        Optional<ServerRequest> early = client.inbox().await(r -> !r.time().isBefore(asked), step.quietPeriod());
        if (early.isPresent()) {
            throw StepFailure.fail("expected the server to hold the Read of " + step.path() + " while the queue-mode "
                    + "client is offline (silent for more than the awake time, " + step.awakeTime().toMillis()
                    + " ms); observed " + early.get() + " after "
                    + Duration.between(asked, early.get().time()).toMillis() + " ms");
        }
        if (refusedWhileAsleep(response)) {
            // the TS binds what travels to the client, not how a server's API takes requests for a sleeping one:
            // holding the request and refusing it (nothing sent, the caller told) both keep the client undisturbed
            NorthboundResponse refused = response.join();
            context.trace().received("check", "OBSERVED", step.client(), MessageTrace.attributes("behaviour",
                    "queue-mode request refused while the client sleeps"), "the API answered HTTP " + refused.status()
                    + " " + Bodies.quote(refused.body()) + " and sent the client nothing, instead of holding the Read");
            return;
        }
        Duration reply = Lwm2mClients.reply(context);
        Instant updated = Instant.now();
        Lwm2mOutcome update = client.update(OptionalLong.empty(), false, reply);
        if (update.code().filter("2.04"::equals).isEmpty()) {
            throw StepFailure.inconclusive("the client's Update, which tells the server it is online, got "
                    + update.code().orElse("no answer") + ", not 2.04");
        }
        ServerRequest read = client.inbox().await(r -> !r.time().isBefore(updated), reply).orElseThrow(() ->
                StepFailure.fail("expected the Read of " + step.path() + " the server held for the offline client to "
                        + "reach it right after its Update; nothing came within " + reply.toMillis() + " ms"
                        + apiSoFar(response)));
        if (!read.is("GET", step.path())) {
            throw StepFailure.fail("expected the held Read (GET " + step.path() + ") after the Update; observed " + read);
        }
        int accept = Lwm2mContentFormat.byName(step.format()).orElseThrow().code();
        if (read.accept().isEmpty() || read.accept().getAsInt() != accept) {
            throw StepFailure.fail("expected the held Read of " + step.path() + " in " + step.format() + " to carry "
                    + "Accept " + accept + "; observed " + (read.accept().isEmpty() ? "no Accept option"
                    : "Accept " + read.accept().getAsInt()));
        }
        NorthboundResponse answer = await(response, reply.plus(reply));
        if (answer.status() == 202) {
            return;
        }
        ApiOutcome.requireSuccess("Read of " + step.path() + " held for the queue-mode client", answer);
        Object held = client.tree().value(step.path()).orElseThrow(() -> StepFailure.error("the client holds no "
                + "single value at " + step.path() + "; the step needs a readable single-value resource"));
        JsonNode reported = answer.get("value");
        if (!ReportedValues.same(held, reported)) {
            throw StepFailure.fail("expected the server's API to report " + step.path() + " = " + held + " once the "
                    + "held Read was done; observed " + reported);
        }
    }

    private static void waitUntil(Instant moment) {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis <= 0) {
            return;
        }
        try {
            // the client's silence is the condition under test: only time passing makes it offline
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StepFailure.inconclusive("interrupted while the queue-mode client stayed silent");
        }
    }

    /** Whether the API already answered the Read with a failure: it refused the request rather than hold it. */
    private static boolean refusedWhileAsleep(CompletableFuture<NorthboundResponse> response) {
        if (!response.isDone() || response.isCompletedExceptionally()) {
            return false;
        }
        NorthboundResponse answered = response.join();
        return !answered.success() && answered.status() != 202;
    }

    private static String apiSoFar(CompletableFuture<NorthboundResponse> response) {
        if (!response.isDone() || response.isCompletedExceptionally()) {
            return "";
        }
        NorthboundResponse answered = response.join();
        return " (the API answered HTTP " + answered.status() + " " + Bodies.quote(answered.body()) + ")";
    }

    private static NorthboundResponse await(CompletableFuture<NorthboundResponse> response, Duration timeout) {
        try {
            return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw StepFailure.fail("expected the server's API to answer the Read once it was done; no answer within "
                    + timeout.toMillis() + " ms of the Update");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : StepFailure.error("the API call failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StepFailure.inconclusive("interrupted while waiting for the server's API");
        }
    }
}
