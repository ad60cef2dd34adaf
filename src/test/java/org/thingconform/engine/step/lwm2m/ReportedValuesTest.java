package org.thingconform.engine.step.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A value reported by a server's API is the client's value however the API spells it, and only then. */
class ReportedValuesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void aBoxedNumberIsItsValue() {
        ObjectNode boxed = JSON.objectNode().put("value", 242);
        assertThat(ReportedValues.same(242L, boxed)).isTrue();
        assertThat(ReportedValues.same(243L, boxed)).isFalse();
        assertThat(ReportedValues.same(242L, JSON.objectNode().put("value", 242).put("unit", "s"))).isFalse();
    }

    @Test
    void aTimeIsAnInstantInSecondsMillisecondsOrIso8601() {
        Instant held = Instant.parse("2026-12-05T03:42:52Z");
        assertThat(ReportedValues.same(held, JSON.numberNode(held.getEpochSecond()))).isTrue();
        assertThat(ReportedValues.same(held, JSON.numberNode(held.toEpochMilli()))).isTrue();
        assertThat(ReportedValues.same(held, JSON.textNode("2026-12-05T03:42:52Z"))).isTrue();
        assertThat(ReportedValues.same(held, JSON.textNode("2026-12-05T03:42:53Z"))).isFalse();
    }
}
