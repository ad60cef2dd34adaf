package org.thingconform.engine;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.thingconform.profile.Clause;

/**
 * Decides whether a clause applies to the platform: a clause marked untestable, or whose
 * ICS condition is false for the platform's answers, is NOT_APPLICABLE, with a reason
 * naming the ICS items — never silently dropped.
 */
public final class Applicability {

    private Applicability() {
    }

    /** Why the clause does not apply, or empty when it does. */
    public static Optional<String> notApplicableReason(Clause clause, Map<String, Boolean> answers) {
        if (clause.untestable() != null) {
            return Optional.of("untestable: " + clause.untestable());
        }
        if (clause.requires() == null) {
            return Optional.empty();
        }
        Map<String, Object> values = new TreeMap<>();
        clause.requires().variables().forEach(id -> values.put(id, answers.getOrDefault(id, false)));
        if (clause.requires().test(values)) {
            return Optional.empty();
        }
        StringBuilder reason = new StringBuilder("ICS: the clause requires ").append(clause.requires().text())
                .append("; the platform answered");
        values.forEach((id, answer) -> reason.append(' ').append(id).append('=').append(
                Boolean.TRUE.equals(answer) ? "yes" : "no"));
        return Optional.of(reason.toString());
    }
}
