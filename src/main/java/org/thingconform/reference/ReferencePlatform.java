package org.thingconform.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.thingconform.platform.DeviceRole;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.platform.Secret;

/**
 * A running reference platform: an embedded HiveMQ broker speaking Alink, the devices
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
    private final InterconnectionRoutes interconnection;
    private final NorthboundServer northbound;
    private final EmbeddedBroker broker;
    private final PlatformDescriptor descriptor;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ReferencePlatform(FaultSwitch faults, DeviceRegistry registry, PendingSets pendingSets,
                              Invocations invocations, InterconnectionRoutes interconnection,
                              NorthboundServer northbound, EmbeddedBroker broker, PlatformDescriptor descriptor) {
        this.interconnection = interconnection;
        this.faults = faults;
        this.registry = registry;
        this.pendingSets = pendingSets;
        this.invocations = invocations;
        this.northbound = northbound;
        this.broker = broker;
        this.descriptor = descriptor;
    }

    /**
     * Starts a platform for {@code roles} with {@code faultNames} switched on.
     *
     * @throws IllegalArgumentException when a fault name is unknown or a role repeats
     */
    static ReferencePlatform start(List<DeviceRole> roles, Set<String> faultNames) {
        FaultSwitch faults = new FaultSwitch();
        faults.set(Fault.parse(faultNames));
        DeviceRegistry registry = new DeviceRegistry();
        roles.forEach(role -> registry.register(role.role(), role.model(), role.sharedWithPeer()));

        HiveMqDownlink downlink = new HiveMqDownlink();
        PendingSets pendingSets = new PendingSets();
        Invocations invocations = new Invocations();
        AlinkUplinkHandler uplink = new AlinkUplinkHandler(registry, faults, pendingSets, invocations, downlink,
                System::currentTimeMillis);
        DownlinkSender sender = new DownlinkSender(faults, new MessageIds(), pendingSets, invocations, downlink);
        Secret token = Secrets.token();

        NorthboundRoutes routes = new NorthboundRoutes(registry, sender, invocations, faults);
        Secret peerSecret = Secrets.token();
        InterconnectionRoutes interconnection = new InterconnectionRoutes(registry, routes, faults, PEER_CLIENT_ID,
                peerSecret, System::currentTimeMillis);
        NorthboundServer northbound = NorthboundServer.start(routes, interconnection, token);
        EmbeddedBroker broker;
        try {
            broker = EmbeddedBroker.start(new ReferenceExtension(new AlinkAuthenticator(registry, faults),
                    new AlinkInterceptor(uplink), downlink));
        } catch (RuntimeException e) {
            northbound.close();
            throw e;
        }
        PlatformDescriptor descriptor = new PlatformDescriptor(NAME, new Endpoint(broker.host(), broker.port()),
                NorthboundMapping.api(northbound.baseUrl(), token),
                Optional.of(NorthboundMapping.interconnection(northbound.baseUrl(), PEER_CLIENT_ID, peerSecret)),
                registry.identitiesByRole(), Map.of(), Map.of());
        return new ReferencePlatform(faults, registry, pendingSets, invocations, interconnection, northbound, broker,
                descriptor);
    }

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
        interconnection.clear();
    }

    /** The names of the faults switched on now. */
    public Set<String> activeFaults() {
        Set<String> names = new TreeSet<>();
        faults.active().forEach(f -> names.add(f.kebabName()));
        return names;
    }

    /** How long the embedded broker took to start, in milliseconds. */
    public long brokerStartMillis() {
        return broker.startMillis();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                northbound.close();
            } finally {
                broker.close();
            }
        }
    }

    @Override
    public String toString() {
        return NAME + "[mqtt=" + descriptor.mqtt().tcpUri() + ", northbound=" + descriptor.northbound().baseUrl()
                + ", faults=" + activeFaults() + "]";
    }
}
