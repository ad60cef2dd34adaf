package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * One deviation, one FAIL: a reference-platform fault that breaks what one clause is about
 * turns that clause to FAIL, and a clause that only uses the broken behaviour on the way to its
 * own subject INCONCLUSIVE, naming what it could not establish and the clause that judges it.
 */
class SubjectAndMeansTest {

    private static final Path MQTT_311 = Path.of("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml");
    private static final Path MQTT_50 = Path.of("test-profiles/mqtt-broker/mqtt-5.0.profile.yaml");

    @Test
    void twoBrokenMeansFailOnlyTheClausesWhoseSubjectTheyAreAndLeaveTheClausesThatUseThemInconclusive() {
        Map<String, String> outcomes = EngineRuns.outcomes(EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(MQTT_311.toFile()))
                .configurationParameter(EngineConfig.FAULTS,
                        "broker-qos2-answered-with-puback,broker-retained-only-exact-subscriptions")
                .configurationParameter(EngineConfig.PARAMETERS, "replyTimeout=2s;quietPeriod=300ms").execute());

        assertThat(outcomes).allSatisfy((clause, outcome) -> assertThat(outcome).as(clause)
                .matches("(PASS|NOT_APPLICABLE|FAIL|INCONCLUSIVE) .*"));
        assertThat(outcomes.entrySet().stream().filter(e -> e.getValue().startsWith("FAIL")).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("MQTT-4.3.3-2", "MQTT-3.3.1-6");
        assertThat(outcomes.get("MQTT-3.8.4-6")).startsWith("INCONCLUSIVE could not establish the QoS 2 flow of the "
                + "PUBLISH (PUBREC, PUBREL, PUBCOMP), a means of this clause, not its subject: expected a PUBREC")
                .contains("the broker sent instead: PUBACK").contains("; see MQTT-4.3.3-2 [step mqttPublish at ");
        assertThat(outcomes.get("MQTT-3.3.1-10")).startsWith("INCONCLUSIVE could not establish a means of this clause, "
                + "not its subject: expected a PUBLISH on").contains("; see MQTT-3.3.1-6 [step mqttExpectMessage at ");
        assertThat(outcomes.get("MQTT-2.3.1-6")).startsWith("INCONCLUSIVE").contains("see MQTT-4.3.3-2");
        assertThat(outcomes.entrySet().stream().filter(e -> e.getValue().startsWith("INCONCLUSIVE")).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("MQTT-3.8.4-6", "MQTT-3.3.1-10", "MQTT-2.3.1-6");
    }

    @Test
    void aBrokenQos2FlowFailsTheClauseAboutItAndLeavesTheClauseThatPublishesAtQos2Inconclusive() {
        Map<String, String> outcomes = EngineRuns.outcomes(run(MQTT_311, "broker-pubcomp-wrong-packet-id",
                "MQTT-4.3.3-2,MQTT-3.8.4-6,MQTT-2.3.1-6"));

        assertThat(outcomes.get("MQTT-4.3.3-2")).startsWith("FAIL expected the PUBCOMP to carry the packet id");
        assertThat(outcomes.get("MQTT-3.8.4-6")).startsWith("INCONCLUSIVE could not establish the QoS 2 flow of the "
                        + "PUBLISH (PUBREC, PUBREL, PUBCOMP), a means of this clause, not its subject: expected the "
                        + "PUBCOMP to carry the packet id")
                .contains("; see MQTT-4.3.3-2 [step mqttPublish at ");
        assertThat(outcomes.get("MQTT-2.3.1-6")).as("its qos 2 publish judges the PUBREC alone").startsWith("PASS");
    }

    @Test
    void aSubackOfTheWrongKindFailsTheClauseAboutSubacksOnlyAndNamesItElsewhere() {
        Map<String, String> outcomes = EngineRuns.outcomes(run(MQTT_311, "broker-subscribe-answered-with-unsuback",
                "MQTT-3.8.4-1,MQTT-3.9.3-1,MQTT-3.3.1-5,MQTT-4.3.3-2"));

        assertThat(outcomes.get("MQTT-3.8.4-1")).startsWith("FAIL expected a SUBACK for packet id");
        assertThat(outcomes.get("MQTT-3.9.3-1")).startsWith("INCONCLUSIVE could not establish the SUBACK of the "
                + "SUBSCRIBE").contains("; see MQTT-3.8.4-1 [step mqttSubscribe at ");
        assertThat(outcomes.get("MQTT-3.3.1-5")).contains("see MQTT-3.8.4-1").startsWith("INCONCLUSIVE");
        assertThat(outcomes.get("MQTT-4.3.3-2")).as("its subscription is a given step: a precondition")
                .startsWith("INCONCLUSIVE precondition not met: expected a SUBACK");
    }

    @Test
    void aFaultOnTheSubjectStillFailsItsClauseThoughTheClauseHasMeans() {
        Map<String, String> outcomes = EngineRuns.outcomes(run(MQTT_311, "broker-keep-cleared-retained",
                "MQTT-3.3.1-10"));

        assertThat(outcomes.get("MQTT-3.3.1-10")).as("the fault breaks the subject, not the means: still FAIL")
                .startsWith("FAIL");
    }

    @Test
    void theMqtt5ProfileJudgesTheQos1AcknowledgementInItsOwnClause() {
        Map<String, String> outcomes = EngineRuns.outcomes(run(MQTT_50, "broker-puback-wrong-packet-id",
                "MQTT-4.3.2-4,MQTT-3.3.1-12"));

        assertThat(outcomes.get("MQTT-4.3.2-4")).startsWith("FAIL expected the PUBACK to carry the packet id");
        assertThat(outcomes.get("MQTT-3.3.1-12")).startsWith("INCONCLUSIVE could not establish the PUBACK of the QoS 1 "
                + "PUBLISH").contains("see MQTT-4.3.2-4");
    }

    private static EngineExecutionResults run(Path profile, String fault, String clauses) {
        return EngineTestKit.engine(ThingConformTestEngine.ID).selectors(DiscoverySelectors.selectFile(profile.toFile()))
                .configurationParameter(EngineConfig.FAULTS, fault)
                .configurationParameter(EngineConfig.CLAUSES, clauses).execute();
    }
}
