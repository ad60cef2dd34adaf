package org.thingconform.engine;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Expression;

/**
 * Decides whether a clause applies to the platform: a clause marked untestable, or whose
 * ICS condition is false for the platform's answers, is NOT_APPLICABLE, with a reason
 * naming the ICS items — never silently dropped.
 */
public final class Applicability {

    private Applicability() {
    }

    /** Why the clause does not apply over {@code binding}: the clause's own reason, or the binding's ICS condition. */
    public static Optional<String> notApplicableReason(Clause clause, Binding binding, Map<String, Boolean> answers) {
        Optional<String> own = notApplicableReason(clause, answers);
        if (own.isPresent() || binding == null || binding.requires() == null) {
            return own;
        }
        return unmet(binding.requires(), answers, "binding " + binding.id());
    }

    /** Why the clause does not apply, or empty when it does. */
    public static Optional<String> notApplicableReason(Clause clause, Map<String, Boolean> answers) {
        if (clause.untestable() != null) {
            return Optional.of("untestable: " + clause.untestable());
        }
        if (clause.requires() == null) {
            return Optional.empty();
        }
        return unmet(clause.requires(), answers, "the clause");
    }

    private static Optional<String> unmet(Expression requires, Map<String, Boolean> answers, String who) {
        Map<String, Object> values = new TreeMap<>();
        requires.variables().forEach(id -> values.put(id, answers.getOrDefault(id, false)));
        if (requires.test(values)) {
            return Optional.empty();
        }
        StringBuilder reason = new StringBuilder("ICS: ").append(who).append(" requires ").append(requires.text())
                .append("; the platform answered");
        values.forEach((id, answer) -> reason.append(' ').append(id).append('=').append(
                Boolean.TRUE.equals(answer) ? "yes" : "no"));
        return Optional.of(reason.toString());
    }
}
