package org.thingconform.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.NorthboundApi;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.protocol.ProbeOutcome;
import org.thingconform.protocol.coap.CoapProbe;
import org.thingconform.protocol.http.HttpProbe;
import org.thingconform.protocol.mqtt.MqttProbe;

/**
 * Whether each endpoint the run's clauses need answered, asked once before the clauses run: the
 * probes start together when the platform opens, each bounded by the longest wait its profiles
 * allow (the reply timeout for a device endpoint or a Thing Description, the northbound timeout for
 * an API). A clause that needs an endpoint that stayed silent, or could not be reached, is then
 * INCONCLUSIVE at once instead of waiting out every step; clauses of the endpoints that answered
 * run as usual. An endpoint the descriptor does not name is not probed (its steps say so).
 */
public final class EndpointHealth {

    /** No probe at all: every clause runs. */
    public static final EndpointHealth UNPROBED = new EndpointHealth(Map.of(), Map.of());

    static final String PROBED_ONCE = " (probed once before the clauses ran)";

    private final Map<String, CompletableFuture<ProbeOutcome>> outcomes;
    private final Map<String, Duration> bounds;

    private EndpointHealth(Map<String, CompletableFuture<ProbeOutcome>> outcomes, Map<String, Duration> bounds) {
        this.outcomes = outcomes;
        this.bounds = bounds;
    }

    /** Starts one probe per endpoint of {@code platform} that some clause of {@code profiles} needs, in parallel. */
    public static EndpointHealth probe(PlatformDescriptor platform, List<Profile> profiles) {
        Map<String, Duration> bounds = new LinkedHashMap<>();
        for (Profile profile : profiles) {
            for (Clause clause : profile.clauses()) {
                for (Binding binding : profile.bindingsOf(clause)) {
                    for (String need : EndpointNeeds.of(clause, binding)) {
                        bounds.merge(need, bound(profile, need), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    }
                }
            }
        }
        Map<String, CompletableFuture<ProbeOutcome>> outcomes = new LinkedHashMap<>();
        bounds.forEach((need, bound) -> probeOf(platform, need, bound).ifPresent(probe -> {
            CompletableFuture<ProbeOutcome> outcome = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    outcome.complete(probe.get());
                } catch (RuntimeException e) {
                    outcome.complete(ProbeOutcome.answered("not probed: " + e)); // the clauses will tell
                }
            }, "thingconform-probe-" + need);
            thread.setDaemon(true);
            thread.start();
            outcomes.put(need, outcome);
        }));
        return new EndpointHealth(outcomes, bounds);
    }

    /**
     * Why {@code clause} over {@code binding} cannot be asked anything: the first endpoint it needs that
     * did not answer the probe, in words naming the endpoint; empty when every endpoint it needs answered.
     * Waits for the probes it needs to end, no longer than their bounds.
     */
    public Optional<String> unanswered(Profile profile, Clause clause, Binding binding) {
        for (String need : EndpointNeeds.of(clause, binding)) {
            Optional<String> problem = outcome(need).problem();
            if (problem.isPresent()) {
                return Optional.of(problem.get() + PROBED_ONCE);
            }
        }
        return Optional.empty();
    }

    /** The outcome of the probe of {@code need}; an endpoint not probed counts as answered. */
    ProbeOutcome outcome(String need) {
        CompletableFuture<ProbeOutcome> outcome = outcomes.get(need);
        if (outcome == null) {
            return ProbeOutcome.answered("not probed");
        }
        // a probe ends within about twice its bound (connect, then exchange); this only guards against a hang
        Duration bound = bounds.get(need);
        try {
            return outcome.get(bound.multipliedBy(3).plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return ProbeOutcome.answered("the probe did not end"); // let the clause's own steps decide
        } catch (ExecutionException e) {
            return ProbeOutcome.answered("the probe failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeOutcome.answered("interrupted");
        }
    }

    private static Duration bound(Profile profile, String need) {
        return need.equals(EndpointNeeds.NORTHBOUND) || need.equals(EndpointNeeds.INTERCONNECTION)
                || need.equals(EndpointNeeds.LWM2M_API)
                ? profile.timeouts().northbound() : profile.timeouts().reply();
    }

    /** How to probe {@code need} on {@code platform}; empty when the descriptor does not name that endpoint. */
    private static Optional<Supplier<ProbeOutcome>> probeOf(PlatformDescriptor platform, String need, Duration bound) {
        if (need.startsWith(EndpointNeeds.WOT)) {
            String role = need.substring(EndpointNeeds.WOT.length());
            String url = platform.wot() == null ? null : platform.wot().things().get(role);
            return Optional.ofNullable(url).map(u -> () -> HttpProbe.probe(u, "the Thing Description of '" + role + "'",
                    platform.tls(), bound));
        }
        return switch (need) {
            case EndpointNeeds.MQTT -> Optional.ofNullable(platform.mqtt()).map(e -> () -> mqtt(e, bound));
            case EndpointNeeds.COAP -> Optional.ofNullable(platform.coap()).map(e -> () -> CoapProbe.probe(e.host(),
                    e.port(), e.tls(), bound));
            case EndpointNeeds.HTTP -> Optional.ofNullable(platform.http()).map(url -> () -> HttpProbe.probe(url,
                    "the HTTP device endpoint", platform.tls(), bound));
            case EndpointNeeds.NORTHBOUND -> Optional.ofNullable(platform.northbound()).map(api -> () -> api(api,
                    "the northbound API", platform, bound));
            case EndpointNeeds.LWM2M -> Optional.ofNullable(platform.lwm2m()).map(l -> () -> CoapProbe.probe(
                    l.server().host(), l.server().port(), l.server().tls(), bound));
            case EndpointNeeds.LWM2M_API -> Optional.ofNullable(platform.lwm2m()).map(l -> () -> api(l.api(),
                    "the LwM2M server's API", platform, bound));
            case EndpointNeeds.INTERCONNECTION -> Optional.ofNullable(platform.interconnection())
                    .flatMap(java.util.function.Function.identity()).map(api -> () -> api(api,
                    "the interconnection API", platform, bound));
            default -> Optional.empty();
        };
    }

    private static ProbeOutcome mqtt(Endpoint endpoint, Duration bound) {
        return MqttProbe.probe(endpoint.host(), endpoint.port(), endpoint.tls(), bound);
    }

    private static ProbeOutcome api(NorthboundApi api, String what, PlatformDescriptor platform, Duration bound) {
        return HttpProbe.probe(api.baseUrl(), what, api.tls() != null ? api.tls() : platform.tls(), bound);
    }
}
