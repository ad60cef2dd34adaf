package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.Lwm2mReadCompositeStep;
import org.thingconform.protocol.lwm2m.CompositePaths;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.Lwm2mContentFormat;
import org.thingconform.protocol.lwm2m.ServerRequest;

/**
 * Carries out {@code lwm2mReadComposite}: asks the server's API to read several paths of the client at once, then
 * checks the wire and the report. The client must get ONE request for them all (TS 6.3.8): a FETCH on the root
 * whose SenML payload lists exactly the paths asked for, with the format's Accept, and nothing else on those paths;
 * the API must report, for every path, the value the client holds.
 */
public final class Lwm2mReadCompositeExecutor implements StepExecutor<Lwm2mReadCompositeStep> {

    @Override
    public void execute(Lwm2mReadCompositeStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        Lwm2mClient client = clients.client(step.client());
        Instant since = Instant.now();
        NorthboundResponse response = clients.api(context).call("readComposite", Map.of("endpoint",
                clients.endpoint(step.client()), "paths", String.join(",", step.paths()), "format",
                Lwm2mClients.server(context).format(step.format())), null);
        Duration reply = Lwm2mClients.reply(context);
        ServerRequest fetch = client.inbox().await(r -> !r.time().isBefore(since), reply).orElseThrow(() ->
                StepFailure.fail("expected the server to send the client a Read-Composite (FETCH /) of " + step.paths()
                        + " when its API was asked; nothing came within " + reply.toMillis() + " ms (the API answered HTTP "
                        + response.status() + ")"));
        if (!fetch.is("FETCH", "/")) {
            throw StepFailure.fail("expected the server to read " + step.paths() + " in one Read-Composite (FETCH on "
                    + "the root path listing them); observed " + fetch);
        }
        Optional<List<String>> listed = CompositePaths.of(fetch);
        if (listed.isEmpty() || !sameSet(listed.get(), step.paths())) {
            throw StepFailure.fail("expected the Read-Composite to list " + step.paths() + " in SenML JSON (110) or "
                    + "SenML CBOR (112); observed " + listed.map(List::toString).orElse("no SenML list of paths")
                    + " in " + fetch);
        }
        int accept = Lwm2mContentFormat.byName(step.format()).orElseThrow().code();
        if (fetch.accept().isEmpty() || fetch.accept().getAsInt() != accept) {
            throw StepFailure.fail("expected the Read-Composite in " + step.format() + " to carry Accept " + accept
                    + "; observed " + (fetch.accept().isEmpty() ? "no Accept option" : "Accept " + fetch.accept().getAsInt()));
        }
        ApiOutcome.requireSuccess("Read-Composite of " + step.paths(), response);
        client.inbox().all().stream().filter(r -> r != fetch && !r.time().isBefore(since) && !r.path().equals("/")
                && step.paths().stream().anyMatch(p -> p.equals(r.path()) || p.startsWith(r.path() + "/")))
                .findFirst().ifPresent(r -> {
                    throw StepFailure.fail("expected the server to read " + step.paths() + " in the one Read-Composite "
                            + "only; observed also " + r);
                });
        JsonNode values = response.get("values");
        for (String path : step.paths()) {
            Object held = client.tree().value(path).orElseThrow(() -> StepFailure.error("the client holds no single "
                    + "value at " + path + "; a composite read needs readable single-value resources"));
            JsonNode reported = values == null ? null : values.get(path);
            if (!ReportedValues.same(held, reported)) {
                throw StepFailure.fail("expected the server's API to report " + path + " = " + held + " from the "
                        + "Read-Composite; observed " + (reported == null ? "no value for it" : reported)
                        + (values == null ? " (the API extracted no 'values')" : " among " + values));
            }
        }
    }

    private static boolean sameSet(List<String> a, List<String> b) {
        return a.size() == b.size() && a.containsAll(b);
    }
}
