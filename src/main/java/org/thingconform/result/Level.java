package org.thingconform.result;

import java.util.Locale;

/** The requirement level of a clause (RFC 2119 keywords). */
public enum Level {
    MUST, SHOULD, MAY;

    /** Parses "MUST", "must", …; null when not a level. */
    public static Level parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
