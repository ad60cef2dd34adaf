package org.thingconform.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thingconform.engine.PlatformSession;
import org.thingconform.platform.FaultInfo;
import org.thingconform.profile.ProfileLoader;

/**
 * The mutation tests of the build (one per group of shipped profiles) together run every fault of
 * the reference platform: each group is one subclass of {@link ShippedMutationCheck}, and each fault
 * declares clauses of exactly one group, so no fault is left out or judged on half its clauses.
 */
class FaultCoverageTest {

    @Test
    void everyShippedProfileIsMutatedByOneGroupAndEveryFaultBelongsToExactlyOne() throws IOException {
        List<ShippedMutationCheck> groups = List.of(new TslMutationTest(), new InterconnectionMutationTest(),
                new WotAndLwm2mMutationTest(), new BrokerMutationTest(), new CapacityMutationTest());
        List<Path> grouped = groups.stream().flatMap(g -> g.profileFiles().stream()).toList();
        List<Path> shipped;
        try (Stream<Path> files = Files.walk(Path.of("test-profiles"))) {
            shipped = files.filter(Files::isRegularFile).filter(ProfileLoader::isProfileFile).sorted().toList();
        }
        assertThat(grouped).as("each shipped profile in one mutation group").containsExactlyInAnyOrderElementsOf(shipped);

        // a fault that declares no clause misbehaves now and then (for run --confirm): no negative control, not mutated
        List<List<org.thingconform.profile.Profile>> loaded = groups.stream()
                .map(g -> g.profileFiles().stream().map(ProfileLoader::load).toList()).toList(); // once, not per fault
        for (FaultInfo fault : PlatformSession.provider().faults().stream().filter(f -> !f.clauses().isEmpty()).toList()) {
            long groupsDeclared = loaded.stream().filter(profiles -> profiles.stream()
                    .anyMatch(p -> MutationRunner.declaresClauseOf(fault, p))).count();
            assertThat(groupsDeclared).as("groups whose clauses fault %s declares", fault.name()).isEqualTo(1);
        }
    }
}
