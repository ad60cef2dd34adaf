package org.thingconform.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.thingconform.platform.DescriptorLoader;
import org.thingconform.platform.DeviceRole;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.EmbeddedPlatformProvider;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Profile;
import org.thingconform.source.BadInputException;

/**
 * The platform under test for one run: either described by a descriptor file, or the
 * embedded reference platform, started with the device roles of the profiles being run
 * and stopped when the run ends.
 */
public final class PlatformSession implements AutoCloseable {

    private final PlatformDescriptor descriptor;
    private final EmbeddedPlatform embedded;
    private final EndpointHealth health;
    private final java.util.Optional<org.thingconform.shard.ShardSpec> shard;

    private PlatformSession(PlatformDescriptor descriptor, EmbeddedPlatform embedded, List<Profile> profiles,
                            java.util.Optional<org.thingconform.shard.ShardSpec> shard) {
        this.descriptor = descriptor;
        this.embedded = embedded;
        this.health = EndpointHealth.probe(descriptor, profiles);
        this.shard = shard;
    }

    /** The shard of the run this session serves, whose part of every fleet it drives; empty for a whole run. */
    public java.util.Optional<org.thingconform.shard.ShardSpec> shard() {
        return shard;
    }

    /**
     * Opens the platform for {@code profiles} and starts probing, once and in parallel, each endpoint
     * their clauses need ({@link #health()}).
     *
     * @throws BadInputException      when the descriptor is broken, faults are asked of a
     *                                real platform, or two profiles give one role different models
     * @throws PlatformStartException when the embedded platform cannot start
     */
    public static PlatformSession open(EngineConfig config, List<Profile> profiles) {
        if (config.platformDescriptor().isPresent()) {
            if (!config.faults().isEmpty()) {
                throw new BadInputException("error: faults " + config.faults()
                        + " can only be switched on in the embedded reference platform, not with a platform descriptor");
            }
            PlatformDescriptor described = DescriptorLoader.load(config.platformDescriptor().get());
            // every shard tests this one platform at once: each takes its own slice of the devices
            return new PlatformSession(config.shard().map(shard -> ShardDevices.slice(described, shard)).orElse(described),
                    null, profiles, config.shard());
        }
        EmbeddedPlatform platform = startEmbedded(profiles, config.faults(), 0, config.referenceTls(), config.jobs());
        return new PlatformSession(platform.descriptor(), platform, profiles, config.shard());
    }

    /**
     * Starts the embedded reference platform with the device roles of {@code profiles} and
     * {@code faults} switched on, for callers that switch faults while it runs (a mutation
     * run). The caller closes it.
     *
     * @throws BadInputException      when a fault is unknown or two profiles give one role different models
     * @throws PlatformStartException when there is no embedded platform or it cannot start
     */
    public static EmbeddedPlatform startEmbedded(List<Profile> profiles, Set<String> faults) {
        return startEmbedded(profiles, faults, 0);
    }

    /**
     * As {@link #startEmbedded(List, Set)}, on consecutive loopback ports from {@code portBase}
     * on (0: free ports), for a reference platform run as its own process.
     *
     * @throws PlatformStartException also when a port is taken
     */
    public static EmbeddedPlatform startEmbedded(List<Profile> profiles, Set<String> faults, int portBase) {
        return startEmbedded(profiles, faults, portBase, false);
    }

    /** As {@link #startEmbedded(List, Set, int)}; with {@code tls}, the platform serves over TLS and DTLS only. */
    public static EmbeddedPlatform startEmbedded(List<Profile> profiles, Set<String> faults, int portBase, boolean tls) {
        return startEmbedded(profiles, faults, portBase, tls, 1);
    }

    /**
     * As {@link #startEmbedded(List, Set, int, boolean)}, with {@code lanes} devices for every role the platform
     * does not share with a peer, so that many tests can run side by side each with devices of its own (a role
     * shared with the peer keeps one device: the peer's view of the platform lists every device it shares).
     */
    public static EmbeddedPlatform startEmbedded(List<Profile> profiles, Set<String> faults, int portBase, boolean tls,
                                                 int lanes) {
        EmbeddedPlatformProvider provider = provider();
        checkFaults(provider, faults);
        List<DeviceRole> roles = roles(profiles, Math.max(1, lanes) - 1);
        try {
            return tls ? provider.startSecure(roles, faults, portBase) : provider.start(roles, faults, portBase);
        } catch (RuntimeException e) {
            throw new PlatformStartException("the embedded reference platform failed to start: " + e.getMessage(), e);
        }
    }

    /**
     * The embedded platform's provider, found through {@link ServiceLoader}: the first one {@linkplain
     * EmbeddedPlatformProvider#available() available} on this class path.
     *
     * @throws PlatformStartException when there is none, saying that a run then needs {@value EngineConfig#PLATFORM}
     */
    public static EmbeddedPlatformProvider provider() {
        try {
            return ServiceLoader.load(EmbeddedPlatformProvider.class).stream().map(ServiceLoader.Provider::get)
                    .filter(EmbeddedPlatformProvider::available).findFirst()
                    .orElseThrow(() -> new PlatformStartException(NO_EMBEDDED_PLATFORM, null));
        } catch (java.util.ServiceConfigurationError | LinkageError e) {
            throw new PlatformStartException(NO_EMBEDDED_PLATFORM, e);
        }
    }

    /** Why a run without a descriptor cannot start where the embedded reference platform is not on the class path. */
    static final String NO_EMBEDDED_PLATFORM = "no platform to test: no platform descriptor was given and the embedded "
            + "reference platform is not on the class path (it needs com.hivemq:hivemq-community-edition-embedded, an "
            + "optional dependency of org.thingconform:thingconform); expected " + EngineConfig.PLATFORM
            + "=DESCRIPTOR.yaml (junit-platform.properties, -D" + EngineConfig.PLATFORM + "=..., or run --platform), "
            + "or that dependency added for the reference platform";

    /** Rejects fault names the provider does not know, listing those it does. */
    public static void checkFaults(EmbeddedPlatformProvider provider, Set<String> faults) {
        List<String> known = provider.faults().stream().map(f -> f.name()).toList();
        for (String fault : faults) {
            if (!known.contains(fault)) {
                throw new BadInputException("error: unknown fault '" + fault + "'; expected one of " + known);
            }
        }
    }

    /**
     * The largest {@code deviceFleet} of {@code role} in {@code profile}'s clauses (0 for none): the reference
     * registers that many devices of the role, so a capacity clause runs on a fresh machine with no descriptor.
     */
    private static int largestFleet(Profile profile, String role) {
        return profile.clauses().stream().flatMap(c -> java.util.stream.Stream.concat(c.given().stream(), c.steps().stream()))
                .filter(s -> s instanceof org.thingconform.profile.step.DeviceFleetStep fleet && fleet.role().equals(role))
                .mapToInt(s -> ((org.thingconform.profile.step.DeviceFleetStep) s).devices()).max().orElse(0);
    }

    /**
     * The device roles of {@code profiles}, each not shared with a peer with {@code pool} more devices, or as many
     * more as its largest device fleet needs.
     */
    private static List<DeviceRole> roles(List<Profile> profiles, int pool) {
        Map<String, DeviceRole> roles = new LinkedHashMap<>();
        for (Profile profile : profiles) {
            for (String role : profile.devices().keySet()) {
                boolean shared = profile.sharedWithPeer(role);
                DeviceRole wanted = new DeviceRole(role, profile.modelOf(role), shared,
                        shared ? 0 : Math.max(pool, largestFleet(profile, role) - 1));
                DeviceRole earlier = roles.putIfAbsent(role, wanted);
                if (earlier != null && earlier.pool() < wanted.pool()) {
                    roles.put(role, new DeviceRole(role, earlier.model(), earlier.sharedWithPeer(), wanted.pool()));
                }
                if (earlier != null && !earlier.model().equals(wanted.model())) {
                    throw new BadInputException(profile.file() + ": error: device role '" + role
                            + "' has a different thing model than in another profile of this run; expected one model per role");
                }
                if (earlier != null && earlier.sharedWithPeer() != wanted.sharedWithPeer()) {
                    throw new BadInputException(profile.file() + ": error: device role '" + role + "' is "
                            + (wanted.sharedWithPeer() ? "" : "not ") + "shared with the peer here but "
                            + (earlier.sharedWithPeer() ? "" : "not ") + "in another profile of this run; "
                            + "expected one sharing per role (name the roles differently)");
                }
            }
        }
        return new ArrayList<>(roles.values());
    }

    public PlatformDescriptor descriptor() {
        return descriptor;
    }

    /** Which endpoints answered the probe made when the session opened. */
    public EndpointHealth health() {
        return health;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
