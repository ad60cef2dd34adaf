package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.Lwm2mExecuteStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.ServerRequest;

/**
 * Carries out {@code lwm2mExecute}: asks the server's API to execute a resource of the client, then checks
 * that the client got a POST on it (TS 6.3.5) whose payload is the arguments and nothing else (empty when
 * there are none), and that the API reports success.
 */
public final class Lwm2mExecuteExecutor implements StepExecutor<Lwm2mExecuteStep> {

    @Override
    public void execute(Lwm2mExecuteStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        Lwm2mClient client = clients.client(step.client());
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        if (step.args() != null) {
            params.put("args", step.args());
        }
        Instant since = Instant.now();
        NorthboundResponse response = clients.api(context).call("execute", Map.of("endpoint",
                clients.endpoint(step.client()), "path", step.path().substring(1)), params);
        Duration reply = Lwm2mClients.reply(context);
        String operation = "Execute of " + step.path();
        ServerRequest execute = WireRequests.require(client, "POST", step.path(), "an " + operation + " (POST "
                + step.path() + ")", since, reply, response);
        String payload = new String(execute.payload(), StandardCharsets.UTF_8);
        String expected = step.args() == null ? "" : step.args();
        if (!payload.equals(expected)) {
            throw StepFailure.fail("expected the " + operation + " to carry " + (expected.isEmpty() ? "no payload"
                    : "only the arguments " + expected) + "; observed " + (payload.isEmpty() ? "no payload"
                    : "the payload " + execute.payloadText()));
        }
        ApiOutcome.requireSuccess(operation, response);
    }
}
