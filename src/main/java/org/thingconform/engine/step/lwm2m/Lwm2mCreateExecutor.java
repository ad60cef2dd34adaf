package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.Lwm2mCreateStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.ServerRequest;

/**
 * Carries out {@code lwm2mCreate}: asks the server's API to create an instance of an object of the client
 * with resource values, then checks that the client got a POST on the object with a payload (TS 6.3.6), that
 * the API reports success, and that the client has the instance with those values.
 */
public final class Lwm2mCreateExecutor implements StepExecutor<Lwm2mCreateStep> {

    @Override
    public void execute(Lwm2mCreateStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        Lwm2mClient client = clients.client(step.client());
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("instanceId", step.instance());
        ValueParams.instance(params, context.profile(), step.object(), step.values());
        Instant since = Instant.now();
        NorthboundResponse response = clients.api(context).call("create", Map.of("endpoint",
                clients.endpoint(step.client()), "object", String.valueOf(step.object())), params);
        String instance = step.path() + "/" + step.instance();
        String operation = "Create of " + instance;
        ServerRequest create = WireRequests.require(client, "POST", step.path(), "a " + operation + " (POST "
                + step.path() + " with the new instance)", since, Lwm2mClients.reply(context), response);
        if (create.payload().length == 0) {
            throw StepFailure.fail("expected the " + operation + " to carry the new instance; observed no payload");
        }
        ApiOutcome.requireSuccess(operation, response);
        if (!client.tree().instanceIds(step.object()).contains(step.instance())) {
            throw StepFailure.fail("expected the client to have " + instance + " after the " + operation
                    + "; observed instances " + client.tree().instanceIds(step.object()));
        }
        HeldValues.require(client, instance, step.values(), operation);
    }
}
