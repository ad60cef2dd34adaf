package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox: conditions and arithmetic work; loops, assignment, calls and object creation do not. */
class ExpressionLanguageTest {

    @Test
    void icsConditionsEvaluateOverNamedAnswers() {
        Expression condition = ExpressionLanguage.compile("EVENTS && !SYNC_SERVICES");

        assertThat(condition.variables()).containsExactlyInAnyOrder("EVENTS", "SYNC_SERVICES");
        assertThat(condition.test(Map.of("EVENTS", true, "SYNC_SERVICES", false))).isTrue();
        assertThat(condition.test(Map.of("EVENTS", true, "SYNC_SERVICES", true))).isFalse();
    }

    @Test
    void computedValuesUseArithmeticAndTheTernaryOperator() {
        assertThat(ExpressionLanguage.compile("maxVoltage + 10").evaluate(Map.of("maxVoltage", 480))).isEqualTo(490);
        assertThat(ExpressionLanguage.compile("strict ? 6306 : 200").evaluate(Map.of("strict", true))).isEqualTo(6306);
    }

    @Test
    void anUndefinedVariableIsAnErrorNotFalse() {
        Expression condition = ExpressionLanguage.compile("EVENTS");

        assertThatThrownBy(() -> condition.test(Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EVENTS");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "while (true) { 1 }",
        "for (var i : [1, 2]) { i }",
        "x = 1",
        "x += 1",
        "''.getClass()",
        "new('java.io.File', '/tmp')",
        "(x) -> x",
        "var a = 1; a",
        "#pragma jexl.namespace.x java.lang.Runtime\n1",
        "",
    })
    void forbiddenConstructsAreRefusedAtCompileTime(String text) {
        assertThatThrownBy(() -> ExpressionLanguage.compile(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
