package org.thingconform.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thingconform.engine.PlatformSession;
import org.thingconform.platform.FaultInfo;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;

/**
 * Negative controls of the shipped profiles: the mutation runs every shipped clause against
 * the reference platform fault-free and with each fault on (one platform start), and every
 * fault must turn the clauses it declares to FAIL, with a reason. Without this, a clause test
 * that can never fail would look green.
 */
class MutationMatrixTest {

    private static MutationMatrix matrix;

    /**
     * MUST clauses of the MQTT broker profiles that no reference fault violates, each for the
     * same reason: the violation lives where HiveMQ's extension API does not reach (its packet
     * decoder and protocol checks: a packet before CONNECT, a second CONNECT, wildcards in names
     * and filters, Maximum Packet Size; its session and client-id handling: takeover, Session
     * Present, session expiry; its packet ids in PUBACK / PUBREC / PUBCOMP / SUBACK; the CONNACK
     * a refused CONNECT gets; topic alias resolution). Listed one by one so that a new unguarded
     * clause still fails this test.
     */
    private static final Set<String> UNGUARDED_BROKER_CLAUSES = Set.of(
            "mqtt-broker-3.1.1 MQTT-3.1.0-1", "mqtt-broker-3.1.1 MQTT-3.1.0-2", "mqtt-broker-3.1.1 MQTT-3.1.3-8",
            "mqtt-broker-3.1.1 MQTT-3.1.4-2", "mqtt-broker-3.1.1 MQTT-3.2.2-1", "mqtt-broker-3.1.1 MQTT-3.2.2-2",
            "mqtt-broker-3.1.1 MQTT-3.2.2-3", "mqtt-broker-3.1.1 MQTT-3.2.2-4", "mqtt-broker-3.1.1 MQTT-3.3.2-2",
            "mqtt-broker-3.1.1 MQTT-2.3.1-6", "mqtt-broker-3.1.1 MQTT-4.3.3-2", "mqtt-broker-3.1.1 MQTT-3.8.4-1",
            "mqtt-broker-3.1.1 MQTT-3.8.4-2", "mqtt-broker-3.1.1 MQTT-3.3.5-1", "mqtt-broker-3.1.1 MQTT-4.7.1-2",
            "mqtt-broker-5.0 MQTT-3.1.0-1", "mqtt-broker-5.0 MQTT-3.1.0-2", "mqtt-broker-5.0 MQTT-3.1.4-3",
            "mqtt-broker-5.0 MQTT-3.2.2-2", "mqtt-broker-5.0 MQTT-3.2.2-3", "mqtt-broker-5.0 MQTT-3.1.2-23",
            "mqtt-broker-5.0 MQTT-3.2.2-7", "mqtt-broker-5.0 MQTT-3.3.2-2", "mqtt-broker-5.0 MQTT-4.3.2-4",
            "mqtt-broker-5.0 MQTT-4.3.3-9", "mqtt-broker-5.0 MQTT-3.8.4-1", "mqtt-broker-5.0 MQTT-3.8.4-2",
            "mqtt-broker-5.0 MQTT-4.7.1-1", "mqtt-broker-5.0 MQTT-3.3.2-12", "mqtt-broker-5.0 MQTT-3.1.2-24");

    @BeforeAll
    static void runTheMutationOnce() throws IOException {
        List<Profile> shipped;
        try (Stream<Path> files = Files.walk(Path.of("test-profiles"))) {
            // The embedded platform delivers on loopback within milliseconds, so the build shortens the
            // "nothing reaches the device" watch from the profile's 1 s, as a platform's IXIT may set a
            // parameter; `thingconform mutate` keeps the profile's own value.
            shipped = files.filter(Files::isRegularFile).filter(ProfileLoader::isProfileFile).sorted()
                    .map(file -> ProfileLoader.load(file, Map.of("quietPeriod", TextNode.valueOf("300ms")))).toList();
        }
        long started = System.nanoTime();
        matrix = new MutationRunner(shipped, MutationProgress.NONE).run(Set.of());
        System.out.printf("mutation of %d profile(s) took %d ms%n", shipped.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        MutationMatrixText.lines(matrix).forEach(System.out::println);
    }

    @Test
    void theMutationIsCleanAndEveryFaultOfThePlatformRan() {
        assertThat(matrix.missedFaults()).as(String.join("\n", MutationMatrixText.lines(matrix))).isEmpty();
        assertThat(matrix.falseAlarms()).as(String.join("\n", MutationMatrixText.lines(matrix))).isEmpty();
        List<FaultInfo> observable = PlatformSession.provider().faults().stream()
                .filter(f -> f.observableOver(Set.of("mqtt", "mqtt5"))).toList();
        assertThat(matrix.faults()).extracting(FaultVerdict::fault)
                .containsExactlyElementsOf(observable.stream().map(FaultInfo::name).toList());
        assertThat(matrix.score().line()).endsWith("faults caught (100%)");
        assertThat(matrix.score().caught()).isEqualTo(observable.size());
        assertThat(matrix.knownFaults()).as("CoAP and HTTP faults are not run over MQTT profiles")
                .isEqualTo(PlatformSession.provider().faults().size());
    }

    @Test
    void everyFaultFailsEveryClauseItDeclaresWithAReason() {
        assertThat(matrix.faults()).allSatisfy(fault -> {
            assertThat(fault.caught()).as("fault %s: missed %s", fault.fault(), fault.missed()).isTrue();
            assertThat(fault.failed()).filteredOn(FailedClause::declared).extracting(f -> f.clause().clauseId())
                    .as("clauses failed by %s", fault.fault()).containsAll(fault.declared());
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
                .containsExactlyInAnyOrderElementsOf(UNGUARDED_BROKER_CLAUSES);
    }

    @Test
    void acceptOutOfRangeFailsExactlyTheOutOfRangeClauses() {
        FaultVerdict fault = fault("accept-out-of-range");

        assertThat(fault.failed()).extracting(f -> f.clause().clauseId()).containsExactly("TM-5.2.3", "TM-6.1.2");
        assertThat(fault.failed().get(0).reason()).contains("expected reply code 6306");
        assertThat(fault.failed().get(1).reason()).containsPattern("^6 of \\d+ generated cases did not pass")
                .contains("invalid.below-min").doesNotContain("numeric-string");
    }

    @Test
    void wrongReplyIdFailsOnlyClausesThatCheckTheAcknowledgement() {
        FaultVerdict fault = fault("wrong-reply-id");

        assertThat(fault.failed()).extracting(f -> f.clause().clauseId()).containsExactly("TM-5.2.1", "TM-6.1.1");
        assertThat(fault.failed()).allSatisfy(f -> assertThat(f.reason()).contains("expected the reply to echo request id"));
    }

    private static FaultVerdict fault(String name) {
        return matrix.faults().stream().filter(f -> f.fault().equals(name)).findFirst().orElseThrow();
    }
}
