package org.thingconform.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the results of a clause's generated cases into one result per clause: the
 * clause's verdict is the worst of its cases', and its reason names how many cases did
 * not pass and quotes the first.
 */
public final class ClauseVerdicts {

    private ClauseVerdicts() {
    }

    /** One result per (profile, clause), in first-seen order. */
    public static List<ClauseResult> perClause(List<ClauseResult> results) {
        Map<String, List<ClauseResult>> byClause = new LinkedHashMap<>();
        results.forEach(r -> byClause.computeIfAbsent(r.clause().profile() + "\u0000" + r.clause().clauseId(),
                k -> new ArrayList<>()).add(r));
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
            worst = worst.worst(c.verdict());
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
        String reason = first == null ? null : worst == Verdict.NOT_APPLICABLE ? first.reason()
                : notPassed + " of " + cases.size() + " generated cases did not pass; first: ["
                        + first.caseId() + "] " + first.reason();
        ClauseResult head = cases.get(0);
        ClauseResult last = cases.get(cases.size() - 1);
        return new ClauseResult(head.clause(), null, Map.of("cases", String.valueOf(cases.size()),
                "casesNotPassed", String.valueOf(notPassed)), worst, reason, head.start(), last.stop(),
                first == null ? List.of() : first.trace());
    }
}
