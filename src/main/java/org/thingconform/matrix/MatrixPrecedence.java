package org.thingconform.matrix;

import java.util.List;
import org.thingconform.result.Verdict;

/**
 * Which verdict decides a matrix cell when several runs of one implementation judged the same
 * clause: FAIL &gt; ERROR &gt; INCONCLUSIVE &gt; PASS &gt; NOT_APPLICABLE &gt; NOT_RUN. A FAIL seen once is
 * evidence of a violation that no other run can undo, so it outranks ERROR (a run that broke
 * knows nothing about the clause); ERROR outranks INCONCLUSIVE, PASS outranks NOT_APPLICABLE
 * (a run that exercised the clause says more than one that skipped it), and any verdict outranks
 * NOT_RUN (an interrupted run that never reached the clause). This differs on
 * purpose from {@link Verdict#worst}, which ranks ERROR above FAIL within one run.
 */
public final class MatrixPrecedence {

    /** The verdicts from the one that decides a cell first to the one that decides it last. */
    public static final List<Verdict> ORDER = List.of(Verdict.FAIL, Verdict.ERROR, Verdict.INCONCLUSIVE,
            Verdict.PASS, Verdict.NOT_APPLICABLE, Verdict.NOT_RUN);

    private MatrixPrecedence() {
    }

    /** True when {@code candidate} beats {@code current} for a cell (a tie keeps the current one). */
    public static boolean beats(Verdict candidate, Verdict current) {
        return current == null || ORDER.indexOf(candidate) < ORDER.indexOf(current);
    }

    /** The one of {@code a} and {@code b} that decides a cell; {@code a} on a tie. */
    public static Verdict decide(Verdict a, Verdict b) {
        return beats(b, a) ? b : a;
    }

    /** The order as text for help and reports: {@code FAIL > … > NOT_APPLICABLE > NOT_RUN}. */
    public static String text() {
        return String.join(" > ", ORDER.stream().map(Verdict::name).toList());
    }
}
