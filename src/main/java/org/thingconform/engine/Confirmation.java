package org.thingconform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.ConfirmedVerdict;
import org.thingconform.result.Verdict;

/**
 * Runs one test the way {@code run --confirm N} asks: once, and when it neither passed nor was
 * NOT_APPLICABLE (decided by the ICS, not by the platform), N more times, all of them, so the
 * reported "k of n" is honest. The tries run one after the other inside the test's own execution,
 * and the test's result (journaled once, after its tries) is their fold by {@link ConfirmedVerdict}.
 */
final class Confirmation {

    private Confirmation() {
    }

    /** The result of {@code once}, confirmed by {@code extraTries} more tries when it did not pass. */
    static ClauseResult run(int extraTries, Supplier<ClauseResult> once) {
        ClauseResult first = once.get();
        if (extraTries <= 0 || !needsConfirming(first.verdict())) {
            return first;
        }
        List<ClauseResult> tries = new ArrayList<>(List.of(first));
        for (int i = 0; i < extraTries; i++) {
            tries.add(once.get());
        }
        return ConfirmedVerdict.fold(tries);
    }

    /** FAIL, INCONCLUSIVE and ERROR are confirmed; PASS needs no confirming and NOT_APPLICABLE is the ICS's. */
    static boolean needsConfirming(Verdict verdict) {
        return verdict == Verdict.FAIL || verdict == Verdict.INCONCLUSIVE || verdict == Verdict.ERROR;
    }
}
