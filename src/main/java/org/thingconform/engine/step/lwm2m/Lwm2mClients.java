package org.thingconform.engine.step.lwm2m;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.Lwm2mServerDescriptor;
import org.thingconform.platform.NorthboundClient;
import org.thingconform.profile.Profile;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.Lwm2mObjectTree;
import org.thingconform.protocol.lwm2m.Lwm2mRegistrationSettings;
import org.thingconform.protocol.lwm2m.Lwm2mServerAddress;
import org.thingconform.protocol.lwm2m.Lwm2mTransportException;

/**
 * The named LwM2M clients of one clause run, each with an endpoint name of its own ({@code {run}} is a
 * token unique to the run, so a registration of another run or another user of the server never meets
 * this one), and the client of the server's API. Closed with the clause.
 */
final class Lwm2mClients implements AutoCloseable {

    private static final String KEY = "lwm2m.clients";

    private final Map<String, Lwm2mClient> clients = new LinkedHashMap<>();
    private final Map<String, String> endpoints = new LinkedHashMap<>();
    private final String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private NorthboundClient api;

    static Lwm2mClients of(ClauseContext context) {
        return context.state(KEY, Lwm2mClients.class, Lwm2mClients::new);
    }

    /** The descriptor's LwM2M server; a step ERROR when the descriptor has none. */
    static Lwm2mServerDescriptor server(ClauseContext context) {
        Lwm2mServerDescriptor server = context.platform().lwm2m();
        if (server == null) {
            throw StepFailure.error("the platform descriptor describes no LwM2M server (key 'lwm2m'), which this step "
                    + "uses");
        }
        return server;
    }

    /** The client of the server's API, created on first use. */
    NorthboundClient api(ClauseContext context) {
        if (api == null) {
            api = new NorthboundClient(server(context).api(), context.trace(), context.profile().timeouts().northbound());
        }
        return api;
    }

    /**
     * Starts client {@code name} with an instance of each of {@code objects} (model ids of the profile; empty:
     * every LwM2M model), registering as {@code endpoint} ({@code {run}} expanded; null: a name of its own),
     * announcing queue mode when {@code queueMode}.
     * A client already started under that name is closed first.
     */
    Lwm2mClient start(ClauseContext context, String name, String endpoint, List<String> objects, long lifetime,
                      boolean queueMode) {
        Lwm2mServerDescriptor server = server(context);
        Endpoint coap = server.server();
        String endpointName = endpoint == null ? "urn:dev:tc-" + run + "-" + name : endpoint.replace("{run}", run);
        Lwm2mObjectTree tree = InitialValues.tree(files(context.profile(), objects), context.profile());
        Lwm2mClient client = new Lwm2mClient(Lwm2mServerAddress.plain(coap.host(), coap.port()),
                new Lwm2mRegistrationSettings(endpointName, lifetime, "U", "1.1", queueMode), tree, context.trace());
        try {
            client.start();
        } catch (Lwm2mTransportException e) {
            client.close();
            throw StepFailure.inconclusive(e.getMessage());
        }
        Lwm2mClient old = clients.put(name, client);
        if (old != null) {
            old.close();
        }
        endpoints.put(name, endpointName);
        return client;
    }

    /** The started client {@code name}; a step ERROR when none was started. */
    Lwm2mClient client(String name) {
        Lwm2mClient client = clients.get(name);
        if (client == null) {
            throw StepFailure.error("LwM2M client '" + name + "' has not registered yet; an lwm2mRegister step for it "
                    + "must come first");
        }
        return client;
    }

    /** The endpoint name client {@code name} registered with. */
    String endpoint(String name) {
        client(name);
        return endpoints.get(name);
    }

    /** The reply timeout of the profile: how long a CoAP answer is awaited. */
    static Duration reply(ClauseContext context) {
        return context.profile().timeouts().reply();
    }

    /** The DDF files of the models {@code names} (empty: every LwM2M model of the profile). */
    private static List<Path> files(Profile profile, List<String> names) {
        List<String> wanted = names.isEmpty() ? new ArrayList<>(profile.lwm2mModelFiles().keySet()) : names;
        List<Path> files = new ArrayList<>();
        for (String id : wanted) {
            Path file = profile.modelFiles().get(id);
            if (file == null) {
                throw StepFailure.error("the profile has no thing model '" + id + "'; expected one of "
                        + profile.modelFiles().keySet());
            }
            files.add(file);
        }
        return files;
    }

    @Override
    public void close() {
        clients.values().forEach(Lwm2mClient::close);
        clients.clear();
    }
}
