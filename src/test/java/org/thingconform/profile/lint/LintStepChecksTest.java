package org.thingconform.profile.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thingconform.profile.step.ConnectStep;
import org.thingconform.profile.step.Step;

/** The step-kind table behind the {@code no-check} rule classifies every kind of the language exactly once. */
class LintStepChecksTest {

    @Test
    void everyStepKindIsEitherCheckingOrSetUpOnlyNeverBothNorNeither() {
        Set<Class<?>> kinds = new HashSet<>();
        leaves(Step.class, kinds);
        Set<Class<?>> classified = new HashSet<>(StepChecks.LANGUAGE.checking().keySet());
        classified.addAll(StepChecks.LANGUAGE.settingUp());

        assertThat(classified).isEqualTo(kinds);
        assertThat(Collections.disjoint(StepChecks.LANGUAGE.checking().keySet(), StepChecks.LANGUAGE.settingUp())).isTrue();
    }

    /** The step kinds under a sealed type: its records, and those of its sealed sub-interfaces (e.g. MqttStep). */
    private static void leaves(Class<?> type, Set<Class<?>> into) {
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                leaves(permitted, into);
            } else {
                into.add(permitted);
            }
        }
    }

    @Test
    void onlyTheMqttClientsConnectionHandlingAndAnLwm2mClientsValueChangeCheckNothing() {
        assertThat(StepChecks.LANGUAGE.settingUp()).containsExactlyInAnyOrder(
                org.thingconform.profile.step.MqttDisconnectStep.class, org.thingconform.profile.step.MqttDropStep.class,
                org.thingconform.profile.step.MqttSendBytesStep.class,
                org.thingconform.profile.step.Lwm2mChangeStep.class);
        assertThat(StepChecks.LANGUAGE.checking().values()).allSatisfy(what -> assertThat(what).isNotBlank());
    }

    @Test
    void aKindCanBeMovedToSetUpOnly() {
        StepChecks changed = StepChecks.LANGUAGE.withSetUpOnly(ConnectStep.class);

        assertThat(changed.checking()).doesNotContainKey(ConnectStep.class);
        assertThat(changed.settingUp()).contains(ConnectStep.class).hasSize(StepChecks.LANGUAGE.settingUp().size() + 1);
        assertThat(changed.checks(new ConnectStep(null, "meter", true, true))).isFalse();
        assertThat(StepChecks.LANGUAGE.checks(new ConnectStep(null, "meter", true, true))).isTrue();
    }
}
