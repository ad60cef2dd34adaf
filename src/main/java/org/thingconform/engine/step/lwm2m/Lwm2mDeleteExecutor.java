package org.thingconform.engine.step.lwm2m;

import java.time.Instant;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.Lwm2mDeleteStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;

/**
 * Carries out {@code lwm2mDelete}: asks the server's API to delete an object instance of the client, then
 * checks that the client got a DELETE on that instance (TS 6.3.7; never on the whole object), that the API
 * reports success, and that the instance is gone from the client.
 */
public final class Lwm2mDeleteExecutor implements StepExecutor<Lwm2mDeleteStep> {

    @Override
    public void execute(Lwm2mDeleteStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        Lwm2mClient client = clients.client(step.client());
        String[] ids = step.path().split("/");
        int object = Integer.parseInt(ids[1]);
        int instance = Integer.parseInt(ids[2]);
        if (!client.tree().instanceIds(object).contains(instance)) {
            throw StepFailure.error("the client has no instance " + step.path() + " to delete; its instances of "
                    + "object " + object + " are " + client.tree().instanceIds(object));
        }
        Instant since = Instant.now();
        NorthboundResponse response = clients.api(context).call("delete", Map.of("endpoint",
                clients.endpoint(step.client()), "object", ids[1], "instance", ids[2]), null);
        String operation = "Delete of " + step.path();
        WireRequests.require(client, "DELETE", step.path(), "a " + operation + " (DELETE " + step.path() + ")", since,
                Lwm2mClients.reply(context), response);
        ApiOutcome.requireSuccess(operation, response);
        if (client.tree().instanceIds(object).contains(instance)) {
            throw StepFailure.fail("expected " + step.path() + " gone from the client after the " + operation
                    + "; observed it still there");
        }
    }
}
