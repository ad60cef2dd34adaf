package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Each data-check fault of the reference platform breaks one family of values, and turns
 * exactly the generated cases of that family to FAIL: the generated clauses tell such
 * faults apart case by case.
 */
class FamilyFaultTest {

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("accept-wrong-type", "TM-6.1.2", (Predicate<String>) c -> c.endsWith("/invalid.wrong-type")
                        || c.endsWith("/invalid.numeric-string")),
                Arguments.of("accept-text-over-length", "TM-6.1.2",
                        (Predicate<String>) c -> c.equals("meterLabel/invalid.text-too-long")),
                Arguments.of("accept-struct-missing-member", "TM-6.1.2",
                        (Predicate<String>) c -> c.equals("location/invalid.struct-missing-member")),
                Arguments.of("accept-unknown-identifier", "TM-6.1.2",
                        (Predicate<String>) c -> c.equals("unknownProperty/invalid.unknown-identifier")),
                Arguments.of("forward-invalid-service-input", "TM-6.3.2", (Predicate<String>) c -> true),
                Arguments.of("forward-invalid-service-input", "TM-6.3.4", (Predicate<String>) c -> true),
                Arguments.of("lose-service-output", "TM-6.3.3", (Predicate<String>) c -> true),
                Arguments.of("sync-timeout-reported-as-success", "TM-6.3.5",
                        (Predicate<String>) c -> c.equals("readInstant/timeout.no-answer")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("faults")
    void aFamilyFaultFailsExactlyTheCasesOfItsFamily(String fault, String clause, Predicate<String> family) {
        EngineExecutionResults results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(EngineRuns.SHIPPED.toFile()))
                .configurationParameter(EngineConfig.CLAUSES, clause)
                .configurationParameter(EngineConfig.FAULTS, fault)
                .execute();

        Set<String> all = caseIds(results.testEvents().started().stream());
        Set<String> failed = caseIds(results.testEvents().failed().stream());
        Set<String> expected = new TreeSet<>(all.stream().filter(family).toList());
        assertThat(expected).as("the family has cases in %s", clause).isNotEmpty();
        assertThat(failed).isEqualTo(expected);
        assertThat(results.testEvents().aborted().count()).isZero();
    }

    private static Set<String> caseIds(Stream<Event> events) {
        Set<String> ids = new TreeSet<>();
        events.forEach(e -> ids.add(e.getTestDescriptor().getUniqueId().getLastSegment().getValue()));
        return ids;
    }
}
