package org.thingconform.result;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule that folds the tries of one test into the verdict a confirmed run reports
 * ({@code run --confirm N}): if any try FAILs, the verdict is FAIL, intermittent when not every try
 * FAILed; else the worst verdict of the tries (ERROR over INCONCLUSIVE), so a try that could not
 * decide is never outvoted by tries that passed. A verdict other than PASS never becomes PASS. The
 * reported result is the first try that gave the verdict (its reason, trace and ICS mismatches),
 * timed from the first try's start to the last try's stop, with {@link Tries} saying how many agreed.
 */
public final class ConfirmedVerdict {

    private ConfirmedVerdict() {
    }

    /** The verdict of {@code tries} (at least one, in the order they ran); a single try is returned as it is. */
    public static ClauseResult fold(List<ClauseResult> tries) {
        if (tries.isEmpty()) {
            throw new IllegalArgumentException("no try to fold");
        }
        if (tries.size() == 1) {
            return tries.get(0);
        }
        Verdict verdict = verdictOf(tries.stream().map(ClauseResult::verdict).toList());
        ClauseResult shown = tries.stream().filter(t -> t.verdict() == verdict).findFirst().orElseThrow();
        List<Tries.Try> each = new ArrayList<>();
        tries.forEach(t -> each.add(new Tries.Try(t.verdict(), t.reason())));
        int agreed = (int) tries.stream().filter(t -> t.verdict() == verdict).count();
        return shown.confirmed(new Tries(tries.size(), agreed, each), tries.get(0).start(),
                tries.get(tries.size() - 1).stop());
    }

    /** FAIL when any try FAILed, else the worst verdict of the tries. */
    static Verdict verdictOf(List<Verdict> tries) {
        if (tries.contains(Verdict.FAIL)) {
            return Verdict.FAIL;
        }
        return tries.stream().reduce(Verdict.PASS, Verdict::worst);
    }
}
