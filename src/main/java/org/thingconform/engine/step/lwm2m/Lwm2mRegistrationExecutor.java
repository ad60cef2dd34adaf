package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.Lwm2mEventLog;
import org.thingconform.platform.NorthboundClient;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.Lwm2mRegistrationStep;

/**
 * Carries out {@code lwm2mRegistration}: asks the server's API ({@code getRegistration}) about the
 * client until the answer shows what the step expects or {@code within} has passed — the server knows
 * the client with the lifetime and object links given, or it does not (the descriptor's
 * {@code lwm2m.absentStatus}, 404 or 410 unless it says otherwise). A registration's end (expiry) comes
 * at a time only the server knows, so the API is asked again: as soon as the server's event stream (when
 * the descriptor describes one) reports a new event of the client, else after a pause that doubles up to
 * half a second. Another failure status is INCONCLUSIVE: the API, not the registration, failed.
 */
public final class Lwm2mRegistrationExecutor implements StepExecutor<Lwm2mRegistrationStep> {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(50);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(500);
    private static final java.util.regex.Pattern CORE_LINK = java.util.regex.Pattern.compile("^\\s*<([^>]*)>.*$");

    @Override
    public void execute(Lwm2mRegistrationStep step, ClauseContext context) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        String endpoint = clients.endpoint(step.client());
        NorthboundClient api = clients.api(context);
        Instant deadline = Instant.now().plus(step.within());
        Duration pause = FIRST_PAUSE;
        Optional<Lwm2mEventLog> events = Optional.empty();
        String observed;
        while (true) {
            NorthboundResponse response = api.call("getRegistration", Map.of("endpoint", endpoint), null);
            Optional<String> mismatch = mismatch(step, response, Lwm2mClients.server(context).absentStatus());
            if (mismatch.isEmpty()) {
                return;
            }
            observed = mismatch.get();
            if (!Instant.now().plus(pause).isBefore(deadline)) {
                break;
            }
            if (events.isEmpty() && Lwm2mClients.server(context).events() != null) {
                // opened at the first wait, not before the first ask: a lifetime may be short
                events = Optional.of(Lwm2mEvents.of(context).log(context, step.client()));
            }
            waitForNews(events, pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
        throw StepFailure.fail("expected the server's API to report client " + endpoint + " " + expectation(step)
                + " within " + step.within().toMillis() + " ms; observed " + observed);
    }

    /** What is wrong with {@code response} for the step; empty when it shows what is expected. */
    private static Optional<String> mismatch(Lwm2mRegistrationStep step, NorthboundResponse response,
                                             List<Integer> absentStatus) {
        boolean known = response.success();
        boolean unknown = absentStatus.contains(response.status());
        if (!known && !unknown) {
            throw StepFailure.inconclusive("the server's API answered getRegistration with HTTP " + response.status()
                    + " " + Bodies.quote(response.body()) + "; expected a success, or " + absentStatus
                    + " for a client it does not know (the descriptor's lwm2m.absentStatus)");
        }
        if (!step.registered()) {
            return known ? Optional.of("it registered (HTTP " + response.status() + ")") : Optional.empty();
        }
        if (!known) {
            return Optional.of("HTTP " + response.status() + ": the server does not know the client");
        }
        if (step.lifetime() != null) {
            JsonNode lifetime = response.get("lifetime");
            if (lifetime == null || !lifetime.canConvertToLong() || lifetime.asLong() != step.lifetime()) {
                return Optional.of("lifetime " + lifetime);
            }
        }
        List<String> links = links(response);
        List<String> missing = step.objects().stream().filter(o -> !links.contains(o)).toList();
        if (!missing.isEmpty()) {
            return Optional.of("object links " + links + ", without " + missing);
        }
        return Optional.empty();
    }

    /**
     * The object links reported, as paths ({@code /3/0}): items with a {@code url} field, or a list of texts,
     * each a path or a CoRE link ({@code </3/0>;ver=1.1}).
     */
    private static List<String> links(NorthboundResponse response) {
        List<String> links = new ArrayList<>();
        response.items("objectLinks").forEach(item -> {
            JsonNode url = item.get("url");
            if (url != null) {
                links.add(path(url.asText()));
            }
        });
        JsonNode list = response.get("objectLinks");
        if (links.isEmpty() && list != null && list.isArray()) {
            list.forEach(link -> links.add(path(link.isTextual() ? link.asText() : link.path("url").asText())));
        }
        return links;
    }

    private static String path(String link) {
        return CORE_LINK.matcher(link).replaceFirst("$1");
    }

    private static String expectation(Lwm2mRegistrationStep step) {
        if (!step.registered()) {
            return "as not registered";
        }
        StringBuilder text = new StringBuilder("as registered");
        if (step.lifetime() != null) {
            text.append(" with lifetime ").append(step.lifetime());
        }
        if (!step.objects().isEmpty()) {
            text.append(" with object links ").append(step.objects());
        }
        return text.toString();
    }

    /** Until the client's next event on the server's stream, or at most {@code pause}. */
    private static void waitForNews(Optional<Lwm2mEventLog> events, Duration pause) {
        try {
            if (events.isPresent()) {
                events.get().awaitMoreThan(events.get().all().size(), pause);
            } else {
                Thread.sleep(pause.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StepFailure.inconclusive("interrupted while asking the server's API");
        }
    }
}
