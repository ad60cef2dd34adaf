package org.thingconform.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Clause;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.IcsMismatch;
import org.thingconform.result.Verdict;

/**
 * Declared versus observed ICS: a clause that {@code observes} ICS items tells whether the
 * platform behaves as it answered. Over a run the clause does not apply to because an observed
 * item is answered no, the clause runs anyway as an observation (its verdict stays
 * NOT_APPLICABLE); if it passes, the platform does what it said it does not: an ICS mismatch.
 * Over a run that applies, a FAIL of a clause observing an item answered yes is one too. Only the
 * items the run's ICS conditions read (the clause's and its binding's {@code requires}) count.
 */
final class IcsObservation {

    private IcsObservation() {
    }

    /**
     * The observed items answered no whose answer alone keeps the clause from applying over
     * {@code binding}; empty when there is nothing to observe.
     */
    static List<String> observable(Clause clause, Binding binding, Map<String, Boolean> answers) {
        List<String> no = relevant(clause, binding).stream().filter(item -> !answers.getOrDefault(item, false)).toList();
        if (no.isEmpty()) {
            return List.of();
        }
        Map<String, Boolean> yes = new HashMap<>(answers);
        no.forEach(item -> yes.put(item, true));
        return Applicability.notApplicableReason(clause, binding, yes).isEmpty() ? no : List.of();
    }

    /** The NOT_APPLICABLE result of a run made as an observation of {@code items}, answered no. */
    static ClauseResult observed(ClauseResult notApplicable, ClauseResult observation, List<String> items) {
        if (observation.verdict() != Verdict.PASS) {
            return notApplicable.observed(Verdict.NOT_APPLICABLE, notApplicable.reason() + "; observed anyway: the clause "
                    + "did not pass (" + observation.verdict() + "), as the answer says", notApplicable.trace(), List.of());
        }
        String how = "the platform does it: the clause passed" + over(observation);
        List<IcsMismatch> mismatches = items.stream().map(item -> new IcsMismatch(item, false, how)).toList();
        return notApplicable.observed(Verdict.NOT_APPLICABLE, notApplicable.reason() + "; ICS mismatch: observed anyway, "
                + how, observation.trace(), mismatches);
    }

    /** {@code result} of a run that applies, with a mismatch for each observed item answered yes when it failed. */
    static ClauseResult checked(ClauseResult result, Clause clause, Binding binding, Map<String, Boolean> answers) {
        if (result.verdict() != Verdict.FAIL) {
            return result;
        }
        List<IcsMismatch> mismatches = relevant(clause, binding).stream().filter(item -> answers.getOrDefault(item, false))
                .map(item -> new IcsMismatch(item, true, "the clause that shows it failed" + over(result) + ": "
                        + result.reason())).toList();
        return mismatches.isEmpty() ? result : result.observed(result.verdict(), result.reason(), result.trace(), mismatches);
    }

    private static Set<String> relevant(Clause clause, Binding binding) {
        Set<String> read = new LinkedHashSet<>();
        if (clause.requires() != null) {
            read.addAll(clause.requires().variables());
        }
        if (binding != null && binding.requires() != null) {
            read.addAll(binding.requires().variables());
        }
        Set<String> relevant = new LinkedHashSet<>(clause.observes());
        relevant.retainAll(read);
        return relevant;
    }

    private static String over(ClauseResult result) {
        return result.binding() == null ? "" : " over binding " + result.binding();
    }
}
