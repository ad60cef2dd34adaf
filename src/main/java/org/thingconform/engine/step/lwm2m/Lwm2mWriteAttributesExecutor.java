package org.thingconform.engine.step.lwm2m;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.Lwm2mWriteAttributesStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.ServerRequest;

/**
 * Carries out {@code lwm2mWriteAttributes}: asks the server's API to write notification attributes on a
 * path of the client, then checks that the client got a PUT on the path (TS 6.3.4) with exactly those
 * attributes as Uri-Query options, no payload and no Content-Format, and that the API reports success.
 */
public final class Lwm2mWriteAttributesExecutor implements StepExecutor<Lwm2mWriteAttributesStep> {

    @Override
    public void execute(Lwm2mWriteAttributesStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        Lwm2mClient client = clients.client(step.client());
        Map<String, String> variables = new HashMap<>(Map.of("endpoint", clients.endpoint(step.client()), "path",
                step.path().substring(1)));
        List<String> query = new ArrayList<>();
        if (step.pmin() != null) {
            variables.put("pmin", String.valueOf(step.pmin()));
            query.add("pmin=" + step.pmin());
        }
        if (step.pmax() != null) {
            variables.put("pmax", String.valueOf(step.pmax()));
            query.add("pmax=" + step.pmax());
        }
        Instant since = Instant.now();
        NorthboundResponse response = clients.api(context).call("writeAttributes", variables, null);
        String operation = "Write-Attributes of " + step.path();
        ServerRequest write = WireRequests.require(client, "PUT", step.path(), "a " + operation + " (PUT "
                + step.path() + "?" + String.join("&", query) + ")", since, Lwm2mClients.reply(context), response);
        if (!write.query().containsAll(query) || !query.containsAll(write.query())) {
            throw StepFailure.fail("expected the " + operation + " to carry the attributes as the Uri-Query options "
                    + query + "; observed " + (write.query().isEmpty() ? "none" : write.query()));
        }
        if (write.payload().length > 0 || write.contentFormat().isPresent()) {
            throw StepFailure.fail("expected the " + operation + " to carry no payload (only the query options); "
                    + "observed " + write);
        }
        ApiOutcome.requireSuccess(operation, response);
    }
}
