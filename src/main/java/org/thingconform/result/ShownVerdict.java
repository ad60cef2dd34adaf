package org.thingconform.result;

import java.util.ArrayList;
import java.util.List;

/**
 * A verdict as every report prints it, with what qualifies it in parentheses: how its tries went
 * in a confirmed run ({@code FAIL (intermittent: 2 of 4)}, {@code FAIL (4 of 4 tries)},
 * {@code INCONCLUSIVE (1 of 4 tries)}) and the waiver of a FAIL ({@code FAIL (waived: reason)}).
 */
public final class ShownVerdict {

    private ShownVerdict() {
    }

    /** {@code verdict} with its tries (null: one try) and the reason of the waiver that covers it (null: none). */
    public static String of(Verdict verdict, Tries tries, String waived) {
        return tries == null ? of(verdict, 0, 0, waived) : of(verdict, tries.agreed(), tries.total(), waived);
    }

    /** As {@link #of(Verdict, Tries, String)}, the tries given as {@code agreed} of {@code total} (total 0 or 1: one try). */
    public static String of(Verdict verdict, int agreed, int total, String waived) {
        List<String> notes = new ArrayList<>();
        if (total > 1) {
            notes.add(verdict == Verdict.FAIL && agreed < total ? "intermittent: " + agreed + " of " + total
                    : agreed + " of " + total + " tries");
        }
        if (waived != null && verdict == Verdict.FAIL) {
            notes.add("waived: " + waived);
        }
        return notes.isEmpty() ? verdict.name() : verdict.name() + " (" + String.join("; ", notes) + ")";
    }
}
