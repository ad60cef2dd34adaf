package org.thingconform.matrix;

import java.util.Comparator;

/**
 * What a matrix row stands for: a requirement is keyed by (standard, edition, clause id), since
 * the same clause id means different things in two editions of a standard.
 *
 * @param standard the standard id, or null when the clause matrix did not name one
 * @param edition  the edition, or null when not named
 * @param clause   the clause id
 */
public record ClauseKey(String standard, String edition, String clause) {

    /** By standard, edition and clause id, numbers compared as numbers (TM-5.2.1 before TM-5.10.1). */
    public static final Comparator<ClauseKey> ORDER = Comparator
            .comparing((ClauseKey k) -> nullToEmpty(k.standard()), ClauseKey::compareNatural)
            .thenComparing(k -> nullToEmpty(k.edition()), ClauseKey::compareNatural)
            .thenComparing(ClauseKey::clause, ClauseKey::compareNatural);

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Text order in which runs of digits compare by their value. */
    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String na = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int byValue = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        // equal by value ("TM-01" and "TM-1") is not the same id: tell them apart by their text
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
