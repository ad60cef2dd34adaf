package org.thingconform.engine;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.device.SimulatedDevice;
import org.thingconform.platform.CallbackSettings;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.NorthboundApi;
import org.thingconform.platform.NorthboundClient;
import org.thingconform.platform.PeerCallbackReceiver;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Profile;
import org.thingconform.profile.step.Step;
import org.thingconform.protocol.Transports;
import org.thingconform.trace.MessageTrace;

/**
 * The state of one clause's test while it runs: its trace, the simulated devices it
 * opened (one per role, created on first use and closed at the end), the northbound
 * client, and values steps save for later steps.
 */
public final class ClauseContext implements AutoCloseable {

    private final Profile profile;
    private final Binding binding;
    private final PlatformDescriptor platform;
    private final MessageTrace trace = new MessageTrace();
    private final Map<String, SimulatedDevice> devices = new LinkedHashMap<>();
    private final Map<String, Object> saved = new HashMap<>();
    private NorthboundClient northbound;
    private final Map<String, Object> clients = new LinkedHashMap<>();
    private NorthboundClient interconnection;
    private PeerCallbackReceiver callbacks;
    private final long timeBase = System.currentTimeMillis();
    private final DevicePool pool;
    private final int lane;
    private List<Step> plan = List.of();
    private org.thingconform.shard.ShardSpec shard;

    public ClauseContext(Profile profile, Binding binding, PlatformDescriptor platform) {
        this(profile, binding, platform, null);
    }

    /**
     * A context whose devices speak {@code binding} and come connected from {@code pool}
     * (generated cases), or are opened per test (null).
     */
    public ClauseContext(Profile profile, Binding binding, PlatformDescriptor platform, DevicePool pool) {
        this(profile, binding, platform, pool, pool == null ? 0 : pool.lane());
    }

    /** A context whose devices are those of lane {@code lane} ({@link PlatformDescriptor#device}), opened per test. */
    public ClauseContext(Profile profile, Binding binding, PlatformDescriptor platform, int lane) {
        this(profile, binding, platform, null, lane);
    }

    private ClauseContext(Profile profile, Binding binding, PlatformDescriptor platform, DevicePool pool, int lane) {
        this.profile = profile;
        this.binding = binding;
        this.platform = platform;
        this.pool = pool;
        this.lane = lane;
    }

    /** The context of a test of shard {@code shard} of a run (null: the whole run), which drives its part of a fleet. */
    public ClauseContext inShard(org.thingconform.shard.ShardSpec shard) {
        this.shard = shard;
        return this;
    }

    /** The shard of the run this test belongs to; empty when the run is not sharded. */
    public java.util.Optional<org.thingconform.shard.ShardSpec> shard() {
        return java.util.Optional.ofNullable(shard);
    }

    /**
     * Per-clause state a family of steps keeps under {@code key} (e.g. the broker profile's
     * named MQTT clients), created on first use and closed with the clause when it is
     * {@link AutoCloseable}.
     */
    public <T> T state(String key, Class<T> type, java.util.function.Supplier<T> create) {
        return type.cast(clients.computeIfAbsent(key, k -> create.get()));
    }

    /**
     * Tells the context every step the clause will run (given, then steps), so a step can prepare what a later
     * one needs before it acts: e.g. a client opens the server's event stream before it registers when the
     * clause awaits its registration event.
     */
    public void plan(List<Step> steps) {
        plan = List.copyOf(steps);
    }

    /** Every step the clause runs, given first; empty when the runner did not say. */
    public List<Step> plan() {
        return plan;
    }

    /** The binding the clause's devices speak in this run. */
    public Binding binding() {
        return binding;
    }

    public Profile profile() {
        return profile;
    }

    public MessageTrace trace() {
        return trace;
    }

    /** The application's client of the northbound API, created on first use. */
    public NorthboundClient northbound() {
        if (northbound == null) {
            if (platform.northbound() == null) {
                throw StepFailure.error("the platform descriptor describes no northbound API (key 'northbound'), which "
                        + "this step uses");
            }
            northbound = new NorthboundClient(platform.northbound(), trace, profile.timeouts().northbound());
        }
        return northbound;
    }

    /**
     * The peer platform's client of the interconnection API, created on first use (each clause
     * gets its own, with its own access token).
     */
    public NorthboundClient interconnection() {
        if (interconnection == null) {
            interconnection = new NorthboundClient(platform.interconnection().orElseThrow(() -> StepFailure.error(
                    "the platform descriptor describes no interconnection API (key 'interconnection'), which the "
                            + "peer steps use")), trace, profile.timeouts().northbound());
        }
        return interconnection;
    }

    /**
     * The peer's callback endpoint for pushes, started on first use and closed with the clause;
     * it checks signatures as the interconnection API's {@code push} settings say and listens where its
     * {@code callback} settings say; a failure to listen there is an ERROR naming the address.
     */
    public PeerCallbackReceiver callbacks() {
        if (callbacks == null) {
            CallbackSettings settings = platform.interconnection().map(NorthboundApi::callback)
                    .orElse(CallbackSettings.LOOPBACK);
            try {
                callbacks = PeerCallbackReceiver.start(trace, interconnection().push().orElse(null), settings);
            } catch (UncheckedIOException e) {
                throw StepFailure.error(e.getMessage());
            }
        }
        return callbacks;
    }

    /**
     * The clause's time base, UTC milliseconds when the clause started: the times steps give
     * relative to it (a post's {@code time}, a history range) are taken from here.
     */
    public long timeBase() {
        return timeBase;
    }

    /** The platform under test, as its descriptor describes it. */
    public PlatformDescriptor platform() {
        return platform;
    }

    /** The platform's identity for a device role, in this test's lane. */
    public DeviceIdentity identity(String role) {
        DeviceIdentity identity = platform.device(role, lane);
        if (identity == null) {
            throw StepFailure.error(platform.devices().containsKey(role)
                    ? "the platform descriptor's pool of role '" + role + "' has no device " + lane
                    : "the platform descriptor has no device for role '" + role + "'; it has "
                            + platform.devices().keySet().stream().sorted().toList());
        }
        return identity;
    }

    /**
     * The simulated device playing {@code role}: from the pool, connected; otherwise created
     * (not yet connected) on first use.
     */
    public SimulatedDevice device(String role) {
        if (pool != null) {
            return pool.acquire(role, identity(role), trace);
        }
        return devices.computeIfAbsent(role, r -> new SimulatedDevice(identity(r), binding,
                Transports.open(binding, platform, identity(r), trace), profile.timeouts().reply()));
    }

    /** A fresh device for {@code role}, replacing (and closing) any earlier one. */
    public SimulatedDevice freshDevice(String role) {
        SimulatedDevice old = devices.remove(role);
        if (old != null) {
            old.close();
        }
        return device(role);
    }

    public void save(String name, Object value) {
        saved.put(name, value);
    }

    public <T> T saved(String name, Class<T> type) {
        Object value = saved.get(name);
        if (!type.isInstance(value)) {
            throw StepFailure.error("nothing was saved as '" + name + "' by an earlier step");
        }
        return type.cast(value);
    }

    @Override
    public void close() {
        devices.values().forEach(SimulatedDevice::close);
        devices.clear();
        if (callbacks != null) {
            callbacks.close();
            callbacks = null;
        }
        for (Object state : clients.values()) {
            if (state instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // closing a clause's own clients cannot change its verdict
                }
            }
        }
        clients.clear();
    }
}
