package org.thingconform.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thingconform.engine.PlatformSession;
import org.thingconform.platform.DeclaredClause;
import org.thingconform.platform.FaultInfo;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;

/**
 * Negative controls of shipped profiles: the mutation runs the profiles' clauses against the
 * reference platform fault-free and with each fault that declares one of their clauses (one
 * platform start per worker, the runs shared out over the workers), and every fault must turn the
 * clauses it declares to FAIL, with a reason.
 * Without this, a clause test that can never fail would look green. One subclass per group of
 * profiles, so that Surefire's forks run the groups side by side; {@link FaultCoverageTest} checks
 * that the groups together run every fault of the platform.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShippedMutationCheck {

    MutationMatrix matrix;
    List<Profile> profiles;

    /** The shipped profile files this group mutates. */
    abstract List<Path> profileFiles();

    /**
     * MUST clauses ("profile clause") of the group that no reference fault can violate yet, each listed
     * with the reason in the subclass, so that a new unguarded clause still fails the build.
     */
    Set<String> knownUnguarded() {
        return Set.of();
    }

    /** The parameters the build sets, as a platform's IXIT would (see {@link #runTheMutationOnce}). */
    Map<String, JsonNode> ixit() {
        return Map.of("quietPeriod", TextNode.valueOf("300ms"), "replyTimeout", TextNode.valueOf("3s"));
    }

    @BeforeAll
    void runTheMutationOnce() {
        // The embedded platform answers on loopback within milliseconds, so the build shortens the
        // "nothing reaches the device" watch from the profiles' 1 s and, where a profile makes it a
        // parameter, the wait for an answer a fault withholds, as a platform's IXIT may set parameters;
        // `thingconform mutate` keeps the profile's own values unless given --param. The fault-free
        // reference answers within milliseconds; 3 s leaves a loaded CI machine room for the rest (with 2 s, a
        // worker process that had just started missed a CONNACK now and then while the build's other fork ran
        // its own mutation: load average 7 on 2 cores).
        profiles = profileFiles().stream().map(file -> ProfileLoader.load(file, ixit())).toList();
        long started = System.nanoTime();
        int workers = MutationRunner.defaultWorkers(); // faults side by side, one reference platform per worker
        // each fault runs the clauses it declares only: all this check asserts (caught, missed, unguarded, false
        // alarms) comes from them and the fault-free run; `thingconform mutate` shows the collateral too
        matrix = new MutationRunner(profiles, MutationProgress.NONE, workers, MutationRunner.Scope.DECLARED)
                .run(Set.of());
        System.out.printf("mutation of %s took %d ms on %d workers%n", profileFiles(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), workers);
        MutationMatrixText.lines(matrix).forEach(System.out::println);
    }

    @Test
    void theMutationIsCleanAndEveryFaultOfTheProfilesRan() {
        assertThat(matrix.missedFaults()).as(String.join("\n", MutationMatrixText.lines(matrix))).isEmpty();
        assertThat(matrix.falseAlarms()).as(String.join("\n", MutationMatrixText.lines(matrix))).isEmpty();
        Set<String> protocols = profiles.stream().flatMap(p -> p.bindings().stream()).map(Binding::protocol)
                .collect(Collectors.toSet());
        List<FaultInfo> expected = new MutationRunner(profiles, MutationProgress.NONE)
                .applicable(PlatformSession.provider().faults()).stream()
                .filter(f -> protocols.isEmpty() || f.observableOver(protocols)).toList();
        assertThat(matrix.faults()).extracting(FaultVerdict::fault)
                .containsExactlyElementsOf(expected.stream().map(FaultInfo::name).toList());
        assertThat(matrix.score().line()).endsWith("faults caught (100%)");
        assertThat(matrix.score().caught()).isEqualTo(expected.size()).isPositive();
    }

    @Test
    void everyFaultFailsEveryClauseItDeclaresWithAReason() {
        assertThat(matrix.faults()).allSatisfy(fault -> {
            assertThat(fault.caught()).as("fault %s: missed %s", fault.fault(), fault.missed()).isTrue();
            assertThat(fault.failed()).filteredOn(FailedClause::declared).extracting(f -> f.clause().clauseId())
                    .as("clauses failed by %s", fault.fault()).containsAll(declaredHere(fault));
            assertThat(fault.failed()).allSatisfy(f -> assertThat(f.reason()).as("reason of %s", f.clause().clauseId())
                    .isNotBlank().contains("expected"));
        });
    }

    @Test
    void everyClausePassesAgainstTheFaultFreePlatform() {
        assertThat(matrix.falseAlarms()).isEmpty();
        assertThat(matrix.baseline()).isNotEmpty();
    }

    @Test
    void everyMustClauseHasAFault() {
        assertThat(matrix.unguarded()).extracting(c -> c.profile() + " " + c.clauseId())
                .containsExactlyInAnyOrderElementsOf(knownUnguarded());
    }

    FaultVerdict fault(String name) {
        return matrix.faults().stream().filter(f -> f.fault().equals(name)).findFirst().orElseThrow();
    }

    /** The ids of the clauses {@code fault} declares that this group's profiles have (bare or qualified by profile). */
    private List<String> declaredHere(FaultVerdict fault) {
        List<DeclaredClause> declared = fault.declared().stream().map(DeclaredClause::parse).toList();
        return profiles.stream().flatMap(p -> p.clauses().stream().map(c -> c.id())
                .filter(id -> declared.stream().anyMatch(d -> d.matches(p.id(), id)))).distinct().toList();
    }
}
