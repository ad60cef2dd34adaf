package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A fault declares a clause by its bare id (every profile) or as PROFILE-ID:CLAUSE-ID (one profile). */
class DeclaredClauseTest {

    @Test
    void aBareIdMatchesTheClauseOfThatIdInEveryProfile() {
        DeclaredClause bare = DeclaredClause.parse("MQTT-4.3.3-2");

        assertThat(bare).isEqualTo(new DeclaredClause(null, "MQTT-4.3.3-2"));
        assertThat(bare.matches("mqtt-broker-3.1.1", "MQTT-4.3.3-2")).isTrue();
        assertThat(bare.matches("mqtt-broker-5.0", "MQTT-4.3.3-2")).isTrue();
        assertThat(bare.matches("mqtt-broker-3.1.1", "MQTT-4.3.3-8")).isFalse();
        assertThat(bare).hasToString("MQTT-4.3.3-2");
    }

    @Test
    void aQualifiedIdMatchesTheClauseOfItsProfileOnly() {
        DeclaredClause qualified = DeclaredClause.parse("mqtt-broker-3.1.1:MQTT-3.3.1-6");

        assertThat(qualified).isEqualTo(new DeclaredClause("mqtt-broker-3.1.1", "MQTT-3.3.1-6"));
        assertThat(qualified.matches("mqtt-broker-3.1.1", "MQTT-3.3.1-6")).isTrue();
        assertThat(qualified.matches("mqtt-broker-5.0", "MQTT-3.3.1-6")).isFalse();
        assertThat(qualified).hasToString("mqtt-broker-3.1.1:MQTT-3.3.1-6");
    }

    @Test
    void aFaultInfoAnswersForEitherKindAndRefusesAMalformedDeclaration() {
        FaultInfo fault = new FaultInfo("f", "d", List.of("MQTT-3.3.1-10", "mqtt-broker-5.0:MQTT-3.3.1-6"));

        assertThat(fault.declares("mqtt-broker-3.1.1", "MQTT-3.3.1-10")).isTrue();
        assertThat(fault.declares("mqtt-broker-5.0", "MQTT-3.3.1-6")).isTrue();
        assertThat(fault.declares("mqtt-broker-3.1.1", "MQTT-3.3.1-6")).isFalse();
        assertThat(fault.declared()).extracting(DeclaredClause::profile).containsExactly(null, "mqtt-broker-5.0");
        for (String malformed : List.of(":A", "p:", "p:q:A", "")) {
            assertThatThrownBy(() -> new FaultInfo("f", "d", List.of(malformed)))
                    .as(malformed).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PROFILE-ID:CLAUSE-ID");
        }
    }
}
