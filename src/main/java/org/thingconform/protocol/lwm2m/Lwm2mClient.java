package org.thingconform.protocol.lwm2m;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.thingconform.protocol.coap.CoapConfiguration;
import org.thingconform.trace.MessageTrace;

/**
 * A simulated OMA LwM2M 1.1 client (device) for testing a server: one Californium endpoint,
 * bound to the wildcard address on an ephemeral UDP port, both sends the client's requests
 * (Register, Update, De-register, or any raw request for malformed ones) and serves the
 * server's requests on the {@link Lwm2mObjectTree} (Read, Discover, Write, Write-Attributes,
 * Execute, Create, Delete, Observe; see {@link ObjectTreeResource}). Every request the server
 * sends lands in the {@link #inbox()}; {@link #answerNext} makes the client answer the next
 * request on a path with a chosen code; every message goes to the trace. Registration is
 * driven by the caller, one call per step: the client never updates on its own.
 */
public final class Lwm2mClient implements AutoCloseable {

    private final Lwm2mServerAddress server;
    private final Lwm2mRegistrationSettings settings;
    private final Lwm2mObjectTree tree;
    private volatile MessageTrace trace;
    private final ServerRequestInbox inbox = new ServerRequestInbox();
    private final ForcedResponses forced = new ForcedResponses();
    private final NotificationAttributes attributes = new NotificationAttributes();
    private final ObservationTimer observations = new ObservationTimer(attributes);
    private final ObserveRelations relations = new ObserveRelations();
    private final ObjectTreeResource resource;
    private CoapEndpoint endpoint;
    private CoapServer coapServer;
    private volatile String registrationLocation;
    private volatile java.time.Instant lastAnswered;

    public Lwm2mClient(Lwm2mServerAddress server, Lwm2mRegistrationSettings settings, Lwm2mObjectTree tree,
                       MessageTrace trace) {
        this.server = server;
        this.settings = settings;
        this.tree = tree;
        this.trace = trace;
        this.resource = new ObjectTreeResource(tree, attributes, observations);
        observations.drive(resource);
        resource.addObserver(relations);
        tree.onChange(observations::changed);
    }

    /**
     * Opens the endpoint on the wildcard address and an ephemeral port and starts serving.
     *
     * @return the local socket address (wildcard host, the chosen port)
     * @throws Lwm2mTransportException when no UDP port can be opened
     */
    public synchronized InetSocketAddress start() {
        if (endpoint != null) {
            return endpoint.getAddress();
        }
        Configuration configuration = CoapConfiguration.standard();
        endpoint = new CoapEndpoint.Builder().setConfiguration(configuration)
                .setInetSocketAddress(new InetSocketAddress(0)).build();
        endpoint.addInterceptor(new Lwm2mTraceInterceptor(() -> trace));
        coapServer = new CoapServer(configuration);
        coapServer.addEndpoint(endpoint);
        coapServer.setMessageDeliverer(new RecordingDeliverer(resource, configuration, inbox, forced,
                new Lwm2mCodec(tree.model())));
        try {
            coapServer.start();
        } catch (IllegalStateException e) {
            close();
            throw new Lwm2mTransportException("cannot open the LwM2M client's CoAP endpoint on an ephemeral UDP port: "
                    + e.getMessage(), e);
        }
        return endpoint.getAddress();
    }

    /** Register: CON POST /rd?ep=&lt=&lwm2m=&b=[&Q] with the object list (Content-Format 40); keeps the location. */
    public Lwm2mOutcome register(Duration timeout) {
        return register(timeout, java.util.Set.of());
    }

    /**
     * Register with the query parameters named in {@code omit} ({@code ep}, {@code lt}, …) left out: a
     * malformed registration the server must refuse.
     */
    public Lwm2mOutcome register(Duration timeout, java.util.Set<String> omit) {
        List<String> query = settings.registerQuery().stream()
                .filter(q -> !omit.contains(q.contains("=") ? q.substring(0, q.indexOf('=')) : q)).toList();
        Lwm2mOutcome outcome = send("POST", "/rd", query,
                OptionalInt.of(MediaTypeRegistry.APPLICATION_LINK_FORMAT), ObjectLinks.registration(tree).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8), timeout);
        if (outcome.code().filter("2.01"::equals).isPresent() && !outcome.locationPath().isEmpty()) {
            registrationLocation = outcome.locationPath();
        }
        return outcome;
    }

    /** Update: POST to the registration location, with {@code lt} when given and the object list when asked. */
    public Lwm2mOutcome update(OptionalLong lifetimeSeconds, boolean withObjects, Duration timeout) {
        List<String> query = new ArrayList<>();
        lifetimeSeconds.ifPresent(lt -> query.add("lt=" + lt));
        byte[] payload = withObjects ? ObjectLinks.registration(tree).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : new byte[0];
        return send("POST", location("Update"), query, withObjects
                ? OptionalInt.of(MediaTypeRegistry.APPLICATION_LINK_FORMAT) : OptionalInt.empty(), payload, timeout);
    }

    /** De-register: DELETE on the registration location; forgets the location on 2.02. */
    public Lwm2mOutcome deregister(Duration timeout) {
        Lwm2mOutcome outcome = send("DELETE", location("De-register"), List.of(), OptionalInt.empty(), new byte[0],
                timeout);
        if (outcome.code().filter("2.02"::equals).isPresent()) {
            registrationLocation = null;
        }
        return outcome;
    }

    /**
     * Sends any confirmable request to the server through the client's endpoint, as given: for
     * malformed registrations (missing {@code ep}, wrong Content-Format, garbage payload).
     *
     * @param method        GET, POST, PUT, DELETE, FETCH, PATCH or IPATCH
     * @param path          Uri-Path with a leading slash, e.g. {@code /rd}
     * @param query         Uri-Query parameters, each sent as one option, e.g. {@code ep=dev-1}
     * @param contentFormat the Content-Format option, if any
     * @param payload       the payload (empty for none)
     * @return the server's answer, or {@link Lwm2mOutcome#noAnswer()} when none came within {@code timeout}
     */
    public Lwm2mOutcome send(String method, String path, List<String> query, OptionalInt contentFormat,
                             byte[] payload, Duration timeout) {
        CoapEndpoint open = requireStarted();
        Request request = new Request(code(method), CoAP.Type.CON);
        request.setURI(server.uri() + (path.startsWith("/") ? path : "/" + path));
        query.forEach(q -> request.getOptions().addUriQuery(q));
        contentFormat.ifPresent(f -> request.getOptions().setContentFormat(f));
        if (payload.length > 0) {
            request.setPayload(payload);
        }
        open.sendRequest(request);
        try {
            Response response = request.waitForResponse(timeout.toMillis());
            if (response == null) {
                request.cancel();
                return Lwm2mOutcome.noAnswer();
            }
            lastAnswered = java.time.Instant.now();
            OptionalInt format = response.getOptions().hasContentFormat()
                    ? OptionalInt.of(response.getOptions().getContentFormat()) : OptionalInt.empty();
            String location = response.getOptions().getLocationPath().isEmpty() ? ""
                    : "/" + response.getOptions().getLocationPathString();
            byte[] body = response.getPayload() == null ? new byte[0] : response.getPayload();
            return new Lwm2mOutcome(Optional.of(CoapCodes.text(response.getCode())), location, format, body,
                    PayloadText.of(body, format));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request.cancel();
            return Lwm2mOutcome.noAnswer();
        }
    }

    /** The Location-Path the last successful Register got, e.g. {@code /rd/5a3f}; empty when not registered. */
    public Optional<String> registrationLocation() {
        return Optional.ofNullable(registrationLocation);
    }

    /**
     * When the server last answered a request of this client (Register, Update, …): the last moment the server
     * heard from it, from which a server counts a queue-mode client's awake time; empty before any answer.
     */
    public Optional<java.time.Instant> lastAnswered() {
        return Optional.ofNullable(lastAnswered);
    }

    /** The requests the server sent to this client. */
    public ServerRequestInbox inbox() {
        return inbox;
    }

    /** The Observe relations the server holds on this client, by token. */
    public ObserveRelations observeRelations() {
        return relations;
    }

    /** The client's objects and values; set values here to make observed resources change. */
    public Lwm2mObjectTree tree() {
        return tree;
    }

    /** Answers the next request on {@code path} (e.g. {@code /3/0/14}) with {@code code} (e.g. {@code 4.05}). */
    public void answerNext(String path, String code) {
        forced.add(path.startsWith("/") ? path : "/" + path, CoapCodes.parse(code));
    }

    /** Runs {@code action} with the arguments (text, maybe empty) each time the server executes {@code path}. */
    public void onExecute(String path, Consumer<String> action) {
        resource.onExecute(new LwM2mPath(path), action);
    }

    /** From now on, messages go to {@code trace}. */
    public void traceTo(MessageTrace trace) {
        this.trace = trace;
    }

    /** Stops serving and closes the endpoint without de-registering (as a device that loses power). */
    @Override
    public synchronized void close() {
        observations.close();
        if (coapServer != null) {
            coapServer.destroy();
            coapServer = null;
        }
        if (endpoint != null) {
            endpoint.destroy();
            endpoint = null;
        }
    }

    private synchronized CoapEndpoint requireStarted() {
        if (endpoint == null) {
            throw new IllegalStateException("LwM2M client " + settings.endpoint() + " is not started: call start()");
        }
        return endpoint;
    }

    private String location(String operation) {
        String location = registrationLocation;
        if (location == null) {
            throw new IllegalStateException(operation + " of LwM2M client " + settings.endpoint()
                    + " needs a registration: Register first (expected a 2.01 with Location-Path)");
        }
        return location;
    }

    private static CoAP.Code code(String method) {
        try {
            return CoAP.Code.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CoAP method '" + method + "' unknown; expected GET, POST, PUT, DELETE,"
                    + " FETCH, PATCH or IPATCH", e);
        }
    }
}
