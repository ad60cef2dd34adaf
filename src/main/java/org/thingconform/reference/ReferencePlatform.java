package org.thingconform.reference;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.DeviceRole;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.Lwm2mServerDescriptor;
import org.thingconform.platform.MqttAccount;
import org.thingconform.platform.NorthboundApi;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.platform.WotThings;
import org.thingconform.protocol.tls.TlsContexts;
import org.thingconform.reference.lwm2m.Lwm2mServerPart;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.platform.Secret;

/**
 * A running reference platform: an embedded HiveMQ broker speaking Alink (behind the MQTT
 * fault proxy that is its listener), a Californium
 * CoAP server and HTTP device endpoints speaking the same Alink envelopes (one device
 * registry, one sign-in check, one thing-model handler for all three), the devices
 * registered for a profile's roles, and the northbound HTTP API. Faults can be switched
 * while it runs, so one platform can serve several mutation runs.
 */
public final class ReferencePlatform implements EmbeddedPlatform {

    /** The name reports show for this platform. */
    public static final String NAME = "ThingConform reference platform";
    /** The client id of the one peer platform the reference knows. */
    static final String PEER_CLIENT_ID = "thingconform-peer";

    private final FaultSwitch faults;
    private final DeviceRegistry registry;
    private final PendingSets pendingSets;
    private final Invocations invocations;
    private final Runnable clearCommands;
    private final List<AutoCloseable> servers;
    private final EmbeddedBroker broker;
    private final PlatformDescriptor descriptor;
    private final ReferenceTls tls;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ReferencePlatform(FaultSwitch faults, DeviceRegistry registry, PendingSets pendingSets,
                              Invocations invocations, Runnable clearCommands, List<AutoCloseable> servers,
                              EmbeddedBroker broker, PlatformDescriptor descriptor, ReferenceTls tls) {
        this.tls = tls;
        this.clearCommands = clearCommands;
        this.faults = faults;
        this.registry = registry;
        this.pendingSets = pendingSets;
        this.invocations = invocations;
        this.servers = List.copyOf(servers);
        this.broker = broker;
        this.descriptor = descriptor;
    }

    /**
     * Starts a platform for {@code roles} with {@code faultNames} switched on.
     *
     * @throws IllegalArgumentException when a fault name is unknown or a role repeats
     */
    static ReferencePlatform start(List<DeviceRole> roles, Set<String> faultNames) {
        return start(roles, faultNames, 0);
    }

    /**
     * As {@link #start(List, Set)}, on the loopback ports from {@code portBase} on: MQTT on
     * {@code portBase}, CoAP (UDP) on {@code portBase + 1}, the HTTP device endpoint on
     * {@code portBase + 2}, the northbound and interconnection HTTP API on {@code portBase + 3}.
     * A port base of 0 picks free ports.
     *
     * @throws IllegalStateException when a port is taken
     */
    static ReferencePlatform start(List<DeviceRole> roles, Set<String> faultNames, int portBase) {
        return start(roles, faultNames, portBase, null);
    }

    /**
     * As {@link #start(List, Set, int)}; with {@code tls} the platform serves its devices and APIs over
     * TLS and DTLS only, with that material: MQTT over TLS on the broker's own TLS listener (mutual
     * TLS; the fault proxy stays on the plain listener, so its broker faults do not reach TLS
     * clients), the northbound and HTTP device APIs over HTTPS, CoAP over DTLS. Its descriptor names
     * {@link ReferenceTls#HOST}, trusts the throwaway CA, and gives every device an X.509 certificate
     * and a DTLS pre-shared key and no secret, so devices sign in by their TLS identity.
     */
    static ReferencePlatform start(List<DeviceRole> roles, Set<String> faultNames, int portBase, ReferenceTls tls) {
        FaultSwitch faults = new FaultSwitch();
        faults.set(Fault.parse(faultNames));
        DeviceRegistry registry = new DeviceRegistry();
        roles.forEach(role -> registry.register(role.role(), role.model(), role.sharedWithPeer()));
        roles.stream().filter(role -> role.pool() > 0).forEach(role -> registry.registerPool(role.role(), role.pool()));

        HiveMqDownlink mqtt = new HiveMqDownlink(faults);
        CommandQueue httpCommands = new CommandQueue();
        PendingSets pendingSets = new PendingSets();
        Invocations invocations = new Invocations();
        // over TLS, the reference trusts callbacks whose certificates its own CA issued (and the JVM's otherwise)
        PushDispatcher pushes = tls == null ? new PushDispatcher(PushPolicy.DEFAULT, faults)
                : new PushDispatcher(PushPolicy.DEFAULT, faults, TlsContexts.client(tls.clientSettings(),
                        new TlsObservation()));
        PeerSubscriptions subscriptions = new PeerSubscriptions(faults, pushes);
        AlinkUplinkHandler uplink = new AlinkUplinkHandler(registry, faults, pendingSets, invocations, mqtt,
                System::currentTimeMillis, subscriptions);
        DeviceSignIn signIn = new DeviceSignIn(registry, faults);
        DeviceTokens tokens = new DeviceTokens();
        AtomicReference<DownlinkRouter> routes = new AtomicReference<>();
        TokenSignIn tokenSignIn = new TokenSignIn(signIn, tokens, (device, route) -> routes.get().signedIn(device, route));
        CoapThingResource coapThings = new CoapThingResource(uplink, tokenSignIn, faults);
        routes.set(new DownlinkRouter(mqtt, coapThings, httpCommands));
        DownlinkSender sender = new DownlinkSender(faults, new MessageIds(), pendingSets, invocations, routes.get());
        Secret token = Secrets.token();

        NorthboundRoutes northboundRoutes = new NorthboundRoutes(registry, sender, invocations, faults);
        Secret peerSecret = Secrets.token();
        InterconnectionRoutes interconnection = new InterconnectionRoutes(registry, northboundRoutes, faults,
                PEER_CLIENT_ID, peerSecret, System::currentTimeMillis, subscriptions);
        List<AutoCloseable> started = new ArrayList<>();
        started.add(pushes);
        try {
            NorthboundServer northbound = NorthboundServer.start(northboundRoutes, interconnection, token,
                    port(portBase, PortLayout.NORTHBOUND), tls);
            started.add(northbound);
            CoapDeviceServer coap = tls == null
                    ? CoapDeviceServer.start(new CoapAuthResource(tokenSignIn), coapThings, port(portBase, PortLayout.COAP))
                    : CoapDeviceServer.startSecure(new CoapAuthResource(tokenSignIn), coapThings,
                            port(portBase, PortLayout.COAP), tls, registry::pskKey);
            started.add(coap);
            HttpDeviceServer http = HttpDeviceServer.start(tokenSignIn, uplink, httpCommands, faults,
                    port(portBase, PortLayout.HTTP_DEVICES), tls);
            started.add(http);
            MqttAccount brokerAccount = new MqttAccount(PlainClientAuthenticator.USERNAME, Secrets.token());
            AlinkCapacityFaults deviceCapacity = new AlinkCapacityFaults(faults);
            started.add(deviceCapacity);
            EmbeddedBroker broker = EmbeddedBroker.start(new BrokerHooks(new PlainClientAuthenticator(brokerAccount,
                    new AlinkAuthenticator(signIn, routes.get(), faults, deviceCapacity)),
                    new AlinkInterceptor(uplink, mqtt, deviceCapacity), mqtt, new BrokerFaults(faults)), tls);
            started.add(broker);
            ProxyCapacityFaults capacity = new ProxyCapacityFaults(faults);
            MqttFaultProxy proxy = MqttFaultProxy.start(port(portBase, PortLayout.MQTT),
                    new InetSocketAddress(broker.host(), broker.port()),
                    new ProxyClientFaults(faults, brokerAccount.username(), capacity), new ProxyBrokerFaults(faults, capacity));
            started.add(proxy);
            WotLampServer lamp = WotLampServer.start(faults);
            started.add(lamp);
            Secret lwm2mToken = Secrets.token();
            // no DTLS yet: a TLS reference has no LwM2M server (its descriptor names none)
            Lwm2mServerPart lwm2m = tls == null ? Lwm2mServerPart.start(faults::on, port(portBase, PortLayout.LWM2M),
                    port(portBase, PortLayout.LWM2M_API), lwm2mToken, ProjectModels.folder()) : null;
            if (lwm2m != null) {
                started.add(lwm2m);
            }
            Map<String, Boolean> ics = new java.util.HashMap<>(Lwm2mServerPart.ICS);
            ics.putAll(Map.of(CLIENT_DOLLAR_TOPICS, false, SHARED_SUBSCRIPTIONS, true));
            WotThings wot = new WotThings(Map.of(WotLampServer.THING, lamp.tdUrl()));
            NorthboundApi northboundApi = NorthboundMapping.api(northbound.baseUrl(), token);
            NorthboundApi interconnectionApi = NorthboundMapping.interconnection(northbound.baseUrl(), PEER_CLIENT_ID,
                    peerSecret, Secrets.token());
            PlatformDescriptor descriptor = tls == null
                    ? new PlatformDescriptor(NAME, new Endpoint(proxy.host(), proxy.port()), northboundApi,
                            Optional.of(interconnectionApi), registry.identitiesByRole(), ics, Map.of(), coap.endpoint(),
                            http.baseUrl(), wot, brokerAccount, null, null, null, registry.poolsByRole())
                    : new PlatformDescriptor(NAME + " (TLS)",
                            new Endpoint(ReferenceTls.HOST, broker.tlsPort(), tls.clientSettings()),
                            northboundApi.withTls(tls.clientSettings()),
                            Optional.of(interconnectionApi.withTls(tls.clientSettings())), tlsIdentities(registry, tls),
                            ics, Map.of(), new Endpoint(ReferenceTls.HOST, coap.endpoint().port(), tls.clientSettings()),
                            http.baseUrl(), wot, brokerAccount, tls.clientSettings(), null, null,
                            tlsPools(registry, tls));
            if (lwm2m != null) {
                descriptor = descriptor.withLwm2m(new Lwm2mServerDescriptor(lwm2m.coapEndpoint(),
                        Lwm2mApiMapping.api(lwm2m.apiBaseUrl(), lwm2mToken), Map.of(),
                        Lwm2mServerDescriptor.DEFAULT_ABSENT_STATUS, Lwm2mApiMapping.events()));
            }
            Runnable clearCommands = () -> {
                coapThings.clearCommands();
                httpCommands.clear();
                interconnection.clear();
                lamp.clearState();
            };
            return new ReferencePlatform(faults, registry, pendingSets, invocations, clearCommands, started, broker,
                    descriptor, tls);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /** The registered devices as a TLS descriptor gives them: certificate and pre-shared key, no secret. */
    private static Map<String, DeviceIdentity> tlsIdentities(DeviceRegistry registry, ReferenceTls tls) {
        Map<String, DeviceIdentity> identities = new java.util.LinkedHashMap<>();
        registry.identitiesByRole().forEach((role, d) -> identities.put(role, tlsIdentity(d, tls)));
        return identities;
    }

    /** The pools of more devices as a TLS descriptor gives them. */
    private static Map<String, List<DeviceIdentity>> tlsPools(DeviceRegistry registry, ReferenceTls tls) {
        Map<String, List<DeviceIdentity>> pools = new java.util.LinkedHashMap<>();
        registry.poolsByRole().forEach((role, pool) -> pools.put(role, pool.stream().map(d -> tlsIdentity(d, tls)).toList()));
        return pools;
    }

    private static DeviceIdentity tlsIdentity(DeviceIdentity d, ReferenceTls tls) {
        return new DeviceIdentity(d.productKey(), d.deviceName(), null, d.peerId(),
                tls.deviceCertificate(d.productKey(), d.deviceName()),
                ReferenceTls.devicePsk(d.productKey(), d.deviceName(), d.deviceSecret().reveal()));
    }

    private static int port(int portBase, PortLayout server) {
        return portBase == 0 ? 0 : portBase + server.offset();
    }

    /**
     * The broker profile's ICS item the reference answers no: HiveMQ refuses a client's PUBLISH to a
     * topic name starting with '$' (which MQTT allows a broker to do).
     */
    static final String CLIENT_DOLLAR_TOPICS = "CLIENT_DOLLAR_TOPICS";
    /** The broker profile's ICS item the reference answers yes: HiveMQ CE offers MQTT 5 shared subscriptions. */
    static final String SHARED_SUBSCRIPTIONS = "SHARED_SUBSCRIPTIONS";

    @Override
    public PlatformDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Switches exactly {@code faultNames} on (and every other fault off), effective for
     * the next message or request.
     *
     * @throws IllegalArgumentException when a name is unknown; the faults then stay as they were
     */
    public void setFaults(Set<String> faultNames) {
        faults.set(Fault.parse(faultNames));
    }

    /** {@inheritDoc} Same as {@link #setFaults(Set)}. */
    @Override
    public void switchFaults(Set<String> faultNames) {
        setFaults(faultNames);
    }

    @Override
    public void clearState() {
        registry.clearStates();
        pendingSets.clear();
        invocations.clear();
        clearCommands.run();
    }

    /** The names of the faults switched on now. */
    public Set<String> activeFaults() {
        Set<String> names = new TreeSet<>();
        faults.active().forEach(f -> names.add(f.kebabName()));
        return names;
    }

    /** The TLS material the platform serves with, or null when it serves in plaintext. */
    ReferenceTls tls() {
        return tls;
    }

    /** How long the embedded broker took to start, in milliseconds. */
    public long brokerStartMillis() {
        return broker.startMillis();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closeAll(servers);
        }
    }

    /** Closes the servers in reverse start order; a failing close does not keep the others open. */
    private static void closeAll(List<AutoCloseable> servers) {
        RuntimeException failure = null;
        for (int i = servers.size() - 1; i >= 0; i--) {
            try {
                servers.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing the reference platform failed: " + e.getMessage(), e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return NAME + "[mqtt=" + descriptor.mqtt().tcpUri() + ", coap=" + descriptor.coap().coapUri() + ", http="
                + descriptor.http() + ", northbound=" + descriptor.northbound().baseUrl()
                + ", faults=" + activeFaults() + "]";
    }
}
