package org.thingconform.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds the results of a clause's generated cases into one result per clause: the
 * clause's verdict is the worst of its cases', and its reason names how many cases did
 * not pass and quotes the first. A confirmed run's FAIL clause is intermittent only when every
 * FAIL among its cases is.
 */
public final class ClauseVerdicts {

    private ClauseVerdicts() {
    }

    /** One result per (profile, clause), in first-seen order: generated cases and bindings folded in. */
    public static List<ClauseResult> perClause(List<ClauseResult> results) {
        return fold(results, false);
    }

    /** One result per (profile, clause, binding), in first-seen order: generated cases folded in. */
    public static List<ClauseResult> perClauseAndBinding(List<ClauseResult> results) {
        return fold(results, true);
    }

    private static List<ClauseResult> fold(List<ClauseResult> results, boolean byBinding) {
        Map<String, List<ClauseResult>> byClause = new LinkedHashMap<>();
        results.forEach(r -> byClause.computeIfAbsent(r.clause().profile() + "\u0000" + r.clause().clauseId()
                + (byBinding ? "\u0000" + r.binding() : ""), k -> new ArrayList<>()).add(r));
        List<ClauseResult> folded = new ArrayList<>();
        byClause.values().forEach(group -> folded.add(group.size() == 1 && group.get(0).caseId() == null
                ? group.get(0) : fold(group)));
        return folded;
    }

    private static ClauseResult fold(List<ClauseResult> cases) {
        Verdict worst = Verdict.PASS;
        ClauseResult first = null;
        int notPassed = 0;
        for (ClauseResult c : cases) {
            // a binding or case the clause does not apply to takes no part: PASS over one binding
            // and NOT_APPLICABLE over another is a PASS
            if (c.verdict() != Verdict.NOT_APPLICABLE) {
                worst = worst.worst(c.verdict());
            }
            if (c.verdict() != Verdict.PASS && c.verdict() != Verdict.NOT_APPLICABLE) {
                notPassed++;
                if (first == null) {
                    first = c;
                }
            }
        }
        if (cases.stream().allMatch(c -> c.verdict() == Verdict.NOT_APPLICABLE)) {
            worst = Verdict.NOT_APPLICABLE;
            first = cases.get(0);
        }
        Set<String> bindings = new LinkedHashSet<>();
        cases.forEach(c -> bindings.add(c.binding()));
        boolean oneBinding = bindings.size() == 1;
        boolean generated = cases.stream().anyMatch(c -> c.caseId() != null);
        String unit = !oneBinding ? (generated ? "runs (binding × generated case)" : "bindings") : "generated cases";
        String reason = first == null ? null : worst == Verdict.NOT_APPLICABLE ? first.reason()
                : notPassed + " of " + cases.size() + " " + unit + " did not pass; first: [" + label(first, oneBinding)
                        + "] " + first.reason();
        ClauseResult head = cases.get(0);
        ClauseResult last = cases.get(cases.size() - 1);
        Map<String, String> counts = generated ? Map.of("cases", String.valueOf(cases.size()),
                "casesNotPassed", String.valueOf(notPassed)) : Map.of();
        return new ClauseResult(head.clause(), null, counts, worst, reason, head.start(), last.stop(),
                first == null ? List.of() : first.trace(), oneBinding ? head.binding() : null,
                first == null ? null : first.testId(), List.of(), triesOf(cases, worst));
    }

    /**
     * How firm a folded verdict is under {@code run --confirm}: the tries of its firmest test with that
     * verdict (one whose every try agreed, else the first), or null when none was confirmed. So a clause
     * is {@code FAIL (intermittent: k of n)} only when every FAIL among its tests is intermittent.
     */
    private static Tries triesOf(List<ClauseResult> cases, Verdict verdict) {
        List<ClauseResult> agreeing = cases.stream().filter(c -> c.verdict() == verdict).toList();
        return agreeing.stream().filter(c -> c.tries() == null || !c.tries().disagreed()).findFirst()
                .or(() -> agreeing.stream().findFirst()).map(ClauseResult::tries).orElse(null);
    }

    private static String label(ClauseResult result, boolean oneBinding) {
        String binding = oneBinding || result.binding() == null ? "" : result.binding();
        String caseId = result.caseId() == null ? "" : result.caseId();
        return binding.isEmpty() || caseId.isEmpty() ? binding + caseId : binding + " " + caseId;
    }
}
