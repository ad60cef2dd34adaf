package org.thingconform.engine.step.lwm2m;

import java.time.Instant;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.Lwm2mDiscoverStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.ServerRequest;

/**
 * Carries out {@code lwm2mDiscover}: asks the server's API to discover a path of the client, then checks
 * that the client got a GET on it with Accept 40 (link format, TS 6.3.2), that the API reports success, and
 * that the link of the path it reports carries the attributes expected (those written with Write-Attributes).
 */
public final class Lwm2mDiscoverExecutor implements StepExecutor<Lwm2mDiscoverStep> {

    private static final int LINK_FORMAT = 40;

    @Override
    public void execute(Lwm2mDiscoverStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        Lwm2mClient client = clients.client(step.client());
        Instant since = Instant.now();
        NorthboundResponse response = clients.api(context).call("discover", Map.of("endpoint",
                clients.endpoint(step.client()), "path", step.path().substring(1)), null);
        String operation = "Discover of " + step.path();
        ServerRequest discover = WireRequests.require(client, "GET", step.path(), "a " + operation + " (GET "
                + step.path() + " with Accept " + LINK_FORMAT + ")", since, Lwm2mClients.reply(context), response);
        if (discover.accept().isEmpty() || discover.accept().getAsInt() != LINK_FORMAT) {
            throw StepFailure.fail("expected the " + operation + " to carry Accept " + LINK_FORMAT + " (link format); "
                    + "observed " + (discover.accept().isEmpty() ? "none" : String.valueOf(discover.accept().getAsInt())));
        }
        ApiOutcome.requireSuccess(operation, response);
        Map<String, Map<String, String>> links = DiscoveredLinks.of(response);
        Map<String, String> attributes = links.get(step.path());
        if (attributes == null) {
            throw StepFailure.fail("expected the server's API to report the link of " + step.path() + " for the "
                    + operation + "; observed links " + links.keySet());
        }
        step.attributes().forEach((name, value) -> {
            if (!value.equals(attributes.get(name))) {
                throw StepFailure.fail("expected the link of " + step.path() + " the server's API reports to carry "
                        + name + "=" + value + "; observed attributes " + attributes);
            }
        });
    }
}
