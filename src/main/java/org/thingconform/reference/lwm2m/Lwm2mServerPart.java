package org.thingconform.reference.lwm2m;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.Secret;
import org.thingconform.protocol.coap.CoapConfiguration;

/**
 * The reference platform's LwM2M 1.1 server: the Registration Interface on CoAP (UDP, loopback), Device
 * Management and Information Reporting towards registered clients, and a northbound HTTP API with an
 * event stream. Faults are asked at the moment the server acts, so they can change while it runs.
 */
public final class Lwm2mServerPart implements AutoCloseable {

    /**
     * The LwM2M profile's ICS items, answered truthfully: SenML CBOR, the composite operations and queue mode are
     * implemented; there is no Bootstrap-Server.
     */
    public static final java.util.Map<String, Boolean> ICS = java.util.Map.of("SENML_CBOR", true, "COMPOSITE", true,
            "QUEUE_MODE", true, "BOOTSTRAP", false);

    /** Where the project's own object models are, relative to the working directory. */
    public static final Path PROJECT_MODELS = Path.of("test-profiles", "lwm2m", "models");

    private final CoapServer coap;
    private final CoapEndpoint endpoint;
    private final Lwm2mHttpServer http;
    private final Registrations registrations;
    private final ScheduledExecutorService scheduler;

    private Lwm2mServerPart(CoapServer coap, CoapEndpoint endpoint, Lwm2mHttpServer http,
                            Registrations registrations, ScheduledExecutorService scheduler) {
        this.coap = coap;
        this.endpoint = endpoint;
        this.http = http;
        this.registrations = registrations;
        this.scheduler = scheduler;
    }

    /** As {@link #start(Predicate, int, int, Secret, Path)} with the models of {@link #PROJECT_MODELS}. */
    public static Lwm2mServerPart start(Predicate<Lwm2mFault> faults, int coapPort, int httpPort, Secret token) {
        return start(faults, coapPort, httpPort, token, PROJECT_MODELS);
    }

    /**
     * Starts the server on loopback UDP {@code coapPort} and loopback TCP {@code httpPort} (0: free ones),
     * its API open to callers presenting {@code token}, knowing Leshan's default object models and those
     * in {@code modelFolder} (skipped when it does not exist).
     *
     * @throws IllegalStateException when a port cannot be opened
     */
    public static Lwm2mServerPart start(Predicate<Lwm2mFault> faults, int coapPort, int httpPort, Secret token,
                                        Path modelFolder) {
        return start(faults, coapPort, httpPort, token, modelFolder, QueueMode.DEFAULT_AWAKE_TIME);
    }

    /**
     * As {@link #start(Predicate, int, int, Secret, Path)}, deeming a queue-mode client offline {@code queueAwakeTime}
     * after its last Register or Update (the IXIT {@code queueAwakeTime} of the LwM2M profile; default 2 s).
     */
    public static Lwm2mServerPart start(Predicate<Lwm2mFault> faults, int coapPort, int httpPort, Secret token,
                                        Path modelFolder, java.time.Duration queueAwakeTime) {
        ObjectModels models = ObjectModels.load(modelFolder);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "thingconform-lwm2m-expiry");
            thread.setDaemon(true);
            return thread;
        });
        CoapEndpoint endpoint = new CoapEndpoint.Builder()
                .setInetSocketAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), coapPort))
                .setConfiguration(CoapConfiguration.standard())
                .build();
        EventHub events = new EventHub();
        Outcomes outcomes = new Outcomes(faults);
        Observations[] observations = new Observations[1];
        QueueMode[] queueMode = new QueueMode[1];
        Registrations registrations = new Registrations(scheduler, faults, change -> {
            if (change.kind().removes() && observations[0] != null) {
                observations[0].registrationRemoved(change.registration());
            }
            if (queueMode[0] != null) { // a held request goes once its client is online, or fails once it is gone
                queueMode[0].heardFrom();
            }
            if (!faults.test(Lwm2mFault.NO_REGISTRATION_EVENTS)) {
                events.publish(Lwm2mEvent.of(change, Clock.systemUTC().instant()));
            }
        }, Clock.systemUTC());
        observations[0] = new Observations(endpoint, registrations, outcomes, events, faults);
        CoapServer coap = new CoapServer(CoapConfiguration.standard());
        coap.addEndpoint(endpoint);
        coap.add(new RegistrationInterface(registrations, models, faults));
        try {
            coap.start();
        } catch (IllegalStateException e) {
            // Californium reports a taken UDP port only as "none of the endpoints could be started"
        }
        if (!endpoint.isStarted()) {
            coap.destroy();
            scheduler.shutdownNow();
            throw new IllegalStateException("cannot open the LwM2M CoAP port " + (coapPort == 0 ? "" : coapPort + " ")
                    + "(UDP) on " + InetAddress.getLoopbackAddress().getHostAddress() + ": it is in use or not allowed");
        }
        queueMode[0] = new QueueMode(queueAwakeTime, registrations, Clock.systemUTC(), faults);
        Downlink downlink = new Downlink(endpoint, queueMode[0]);
        DeviceManagement management = new DeviceManagement(registrations, downlink, observations[0], outcomes, faults);
        CompositeOperations composite = new CompositeOperations(management, downlink, outcomes, faults);
        Lwm2mHttpServer http;
        try {
            http = Lwm2mHttpServer.start(new Lwm2mRoutes(registrations, management, composite, observations[0], faults), events,
                    token, httpPort);
        } catch (RuntimeException e) {
            coap.destroy();
            scheduler.shutdownNow();
            throw e;
        }
        return new Lwm2mServerPart(coap, endpoint, http, registrations, scheduler);
    }

    /** Where LwM2M clients register: the loopback address and the UDP port. */
    public Endpoint coapEndpoint() {
        return new Endpoint(endpoint.getAddress().getAddress().getHostAddress(), endpoint.getAddress().getPort());
    }

    /** The northbound API's base URL, {@code http://127.0.0.1:port/lwm2m/v1}. */
    public String apiBaseUrl() {
        return http.apiBaseUrl();
    }

    @Override
    public void close() {
        http.close();
        registrations.close();
        scheduler.shutdownNow();
        coap.destroy();
    }
}
