package org.thingconform.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.FaultInfo;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;

/**
 * How the mutation drives one running platform: every run starts with exactly its fault on
 * and the stored data cleared, and every fault is off at the end. No platform is started.
 */
class MutationRunnerTest {

    @Test
    void eachRunSwitchesExactlyItsFaultOnAndClearsStoredDataFirst() {
        Profile loaded = ProfileLoader.load(Path.of("src/test/resources/profiles/mutation/unguarded.profile.yaml"));
        Profile noClauses = new Profile(loaded.file(), loaded.id(), loaded.standard(), loaded.models(),
                loaded.devices(), loaded.bindings(), loaded.parameters(), loaded.ics(), loaded.timeouts(), List.of(),
                loaded.sha256());
        FaultInfo first = new FaultInfo("first", "d", List.of());
        FaultInfo second = new FaultInfo("second", "d", List.of());
        List<String> runs = new ArrayList<>();
        RecordingPlatform platform = new RecordingPlatform();

        MutationMatrix matrix = new MutationRunner(List.of(noClauses),
                (fault, outcomes, elapsed) -> runs.add(String.valueOf(fault)))
                .run(platform, List.of(first, second), List.of(second, first));

        assertThat(runs).containsExactly("null", "second", "first");
        assertThat(platform.calls).containsExactly("switch []", "clear", "switch [second]", "clear",
                "switch [first]", "clear", "switch []");
        assertThat(matrix.faults()).extracting(FaultVerdict::fault).containsExactly("second", "first");
        assertThat(platform.closed).as("the caller owns the platform").isFalse();
    }

    @Test
    void withoutSelectedFaultsOnlyTheFaultsDeclaringAClauseOfTheProfilesRun() {
        Profile metering = ProfileLoader.load(Path.of("test-profiles/tsl-alink-mqtt/profile.yaml"));
        FaultInfo tm = new FaultInfo("tm", "d", List.of("TM-5.2.1"));
        FaultInfo both = new FaultInfo("both", "d", List.of("PI-9.9.9", "TM-5.1.1"));
        FaultInfo pi = new FaultInfo("pi", "d", List.of("PI-5.1.1"));

        List<FaultInfo> applicable = new MutationRunner(List.of(metering), MutationProgress.NONE)
                .applicable(List.of(tm, both, pi));

        assertThat(applicable).containsExactly(tm, both);
    }

    /** Records what the runner asks of the platform; runs no clause. */
    private static final class RecordingPlatform implements EmbeddedPlatform {
        final List<String> calls = new ArrayList<>();
        boolean closed;

        @Override
        public PlatformDescriptor descriptor() {
            return null;
        }

        @Override
        public void switchFaults(Set<String> faults) {
            calls.add("switch " + faults.stream().sorted().toList());
        }

        @Override
        public void clearState() {
            calls.add("clear");
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
