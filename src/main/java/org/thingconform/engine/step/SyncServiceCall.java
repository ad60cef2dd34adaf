package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;

/**
 * A sync (RRPC) service call in flight. The platform holds the northbound request until
 * the device answers or the caller's timeout passes, so the request runs on its own
 * thread while the test plays the device; {@link #await} then takes its answer and how
 * long it took.
 */
final class SyncServiceCall {

    private static final ExecutorService CALLERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "thingconform-sync-call");
        thread.setDaemon(true);
        return thread;
    });

    private final String description;
    private final long startNanos;
    private final CompletableFuture<Answer> answer;

    private SyncServiceCall(String description, long startNanos, CompletableFuture<Answer> answer) {
        this.description = description;
        this.startNanos = startNanos;
        this.answer = answer;
    }

    /**
     * What the caller got: the response, and the time from sending the request to its answer.
     *
     * @param response the northbound response
     * @param elapsed  how long the platform held the call
     */
    record Answer(NorthboundResponse response, Duration elapsed) {
    }

    /** Sends {@code invokeSyncService} for {@code service} of {@code role}'s device, asking for the profile's sync timeout. */
    static SyncServiceCall start(ClauseContext context, String role, String service, JsonNode params) {
        Map<String, String> variables = Devices.variables(context, role, service);
        variables.put("timeoutMs", String.valueOf(context.profile().timeouts().syncCall().toMillis()));
        long start = System.nanoTime();
        CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> {
            NorthboundResponse response = context.northbound().call("invokeSyncService", variables, params);
            return new Answer(response, Duration.ofNanos(System.nanoTime() - start));
        }, CALLERS);
        return new SyncServiceCall(service + " " + params, start, answer);
    }

    /** The answer, waiting at most the northbound timeout from when the call was sent. */
    Answer await(ClauseContext context) {
        Duration limit = context.profile().timeouts().northbound();
        long leftNanos = limit.toNanos() - (System.nanoTime() - startNanos);
        try {
            return answer.get(Math.max(0, leftNanos), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw StepFailure.fail("expected the sync call " + description + " to be answered within the northbound "
                    + "timeout of " + limit.toMillis() + " ms; observed no answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StepFailure.error("interrupted while waiting for the sync call " + description);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Whether the call is already answered (used to tell an invalid call refused at once from one held). */
    boolean answered() {
        return answer.isDone();
    }
}
