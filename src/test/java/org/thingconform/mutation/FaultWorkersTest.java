package org.thingconform.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.FaultInfo;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;

/** How the workers share out the runs of a mutation: no platform is started, no clause runs. */
class FaultWorkersTest {

    private final List<FakePlatform> started = Collections.synchronizedList(new ArrayList<>());

    @Test
    void theOutcomesComeBackInTheOrderOfTheRunsAndEveryPlatformIsClosed() {
        List<FaultInfo> runs = Arrays.asList(null, fault("a"), fault("b"), fault("c"));
        CountDownLatch firstRunsDone = new CountDownLatch(1);

        List<List<ClauseOutcome>> outcomes = new FaultWorkers(2, this::platform).runAll(runs, (platform, fault) -> {
            if (fault == null) {
                // the fault-free run waits until the other worker finished a run: they ran side by side
                awaitTrue(firstRunsDone);
            } else if (fault.name().equals("a")) {
                firstRunsDone.countDown();
            }
            return List.of(outcome(fault == null ? "none" : fault.name()));
        });

        assertThat(outcomes).extracting(o -> o.get(0).clause().clauseId()).containsExactly("none", "a", "b", "c");
        assertThat(started).hasSize(2).allSatisfy(p -> assertThat(p.closed).isTrue());
    }

    @Test
    void aRunThatThrowsStopsTheWorkersAndIsThrownAfterEveryPlatformClosed() {
        List<FaultInfo> runs = Arrays.asList(null, fault("a"), fault("b"));
        List<String> ran = new ArrayList<>();

        assertThatThrownBy(() -> new FaultWorkers(1, this::platform).runAll(runs, (platform, fault) -> {
            ran.add(fault == null ? "none" : fault.name());
            if (fault != null && fault.name().equals("a")) {
                throw new IllegalStateException("broken run");
            }
            return List.of(outcome("x"));
        })).hasMessage("broken run");
        assertThat(ran).as("b is not run after a failed").containsExactly("none", "a");
        assertThat(started).singleElement().satisfies(p -> assertThat(p.closed).isTrue());
    }

    @Test
    void neverMoreWorkersThanRuns() {
        new FaultWorkers(4, this::platform).runAll(Arrays.asList(null, fault("a")), (p, f) -> List.of());

        assertThat(started).hasSize(2);
    }

    @Test
    void theDefaultIsAtLeastTwoAndAtMostTheCap() {
        assertThat(FaultWorkers.defaultCount()).isBetween(2, FaultWorkers.MAX_DEFAULT);
    }

    private EmbeddedPlatform platform(int worker) {
        FakePlatform platform = new FakePlatform();
        started.add(platform);
        return platform;
    }

    private static FaultInfo fault(String name) {
        return new FaultInfo(name, "d", List.of());
    }

    private static ClauseOutcome outcome(String id) {
        return new ClauseOutcome(new ClauseRef("p", id, Level.MUST, "s"), Verdict.PASS, null);
    }

    private static void awaitTrue(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other worker ran meanwhile").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records whether it was closed. */
    private static final class FakePlatform implements EmbeddedPlatform {
        volatile boolean closed;

        @Override
        public PlatformDescriptor descriptor() {
            return null;
        }

        @Override
        public void switchFaults(Set<String> faults) {
        }

        @Override
        public void clearState() {
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
