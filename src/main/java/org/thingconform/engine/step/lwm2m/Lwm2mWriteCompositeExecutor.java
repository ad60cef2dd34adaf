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
import org.thingconform.profile.step.Lwm2mWriteCompositeStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.Lwm2mContentFormat;
import org.thingconform.protocol.lwm2m.ServerRequest;

/**
 * Carries out {@code lwm2mWriteComposite}: asks the server's API to write resources of several object instances
 * at once, then checks the wire, the report and the client. The client must get ONE iPATCH on the root (TS 6.3.9)
 * with the format's Content-Format, the API must report it done, and the client must then hold every value: a
 * resource the server left out of the request is seen there.
 */
public final class Lwm2mWriteCompositeExecutor implements StepExecutor<Lwm2mWriteCompositeStep> {

    @Override
    public void execute(Lwm2mWriteCompositeStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        Lwm2mClient client = clients.client(step.client());
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        ObjectNode values = params.putObject("values");
        step.values().forEach(values::set);
        Instant since = Instant.now();
        NorthboundResponse response = clients.api(context).call("writeComposite", Map.of("endpoint",
                clients.endpoint(step.client()), "format", Lwm2mClients.server(context).format(step.format())), params);
        Duration reply = Lwm2mClients.reply(context);
        String operation = "Write-Composite of " + step.values().keySet();
        ServerRequest patch = client.inbox().await(r -> !r.time().isBefore(since), reply).orElseThrow(() ->
                StepFailure.fail("expected the server to send the client a " + operation + " (iPATCH /) when its API was "
                        + "asked; nothing came within " + reply.toMillis() + " ms (the API answered HTTP "
                        + response.status() + ")"));
        if (!patch.is("IPATCH", "/")) {
            throw StepFailure.fail("expected the server to send the " + operation + " as one iPATCH on the root path; "
                    + "observed " + patch);
        }
        int expected = Lwm2mContentFormat.byName(step.format()).orElseThrow().code();
        if (patch.contentFormat().isEmpty() || patch.contentFormat().getAsInt() != expected) {
            throw StepFailure.fail("expected the " + operation + " in " + step.format() + " to carry Content-Format "
                    + expected + "; observed " + (patch.contentFormat().isEmpty() ? "none"
                    : String.valueOf(patch.contentFormat().getAsInt())));
        }
        ApiOutcome.requireSuccess(operation, response);
        for (Map.Entry<String, JsonNode> value : step.values().entrySet()) {
            Optional<Object> held = client.tree().value(value.getKey());
            if (held.isEmpty() || !ReportedValues.same(held.get(), value.getValue())) {
                throw StepFailure.fail("expected the client to hold " + value.getKey() + " = " + value.getValue()
                        + " after the " + operation + "; observed " + held.map(String::valueOf).orElse("no value")
                        + " (the iPATCH carried " + patch.payloadText() + ")");
            }
        }
    }
}
