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
        Set<Class<?>> kinds = Set.of(Step.class.getPermittedSubclasses());
        Set<Class<?>> classified = new HashSet<>(StepChecks.LANGUAGE.checking().keySet());
        classified.addAll(StepChecks.LANGUAGE.settingUp());

        assertThat(classified).isEqualTo(kinds);
        assertThat(Collections.disjoint(StepChecks.LANGUAGE.checking().keySet(), StepChecks.LANGUAGE.settingUp())).isTrue();
    }

    @Test
    void todayEveryStepKindChecksSomething() {
        assertThat(StepChecks.LANGUAGE.settingUp()).isEmpty();
        assertThat(StepChecks.LANGUAGE.checking().values()).allSatisfy(what -> assertThat(what).isNotBlank());
    }

    @Test
    void aKindCanBeMovedToSetUpOnly() {
        StepChecks changed = StepChecks.LANGUAGE.withSetUpOnly(ConnectStep.class);

        assertThat(changed.checking()).doesNotContainKey(ConnectStep.class);
        assertThat(changed.settingUp()).containsExactly(ConnectStep.class);
        assertThat(changed.checks(new ConnectStep(null, "meter", true, true))).isFalse();
        assertThat(StepChecks.LANGUAGE.checks(new ConnectStep(null, "meter", true, true))).isTrue();
    }
}
