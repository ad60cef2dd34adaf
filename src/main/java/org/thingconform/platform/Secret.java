package org.thingconform.platform;

/**
 * A password, token or key. Its {@code toString} never shows the value, so a secret
 * that slips into a log line, a report or an exception message stays hidden.
 */
public record Secret(String value) {

    /** What reports show in place of a secret. */
    public static final String MASK = "******";

    @Override
    public String toString() {
        return MASK;
    }

    /** The value, for the one place that must send it on the wire. */
    public String reveal() {
        return value;
    }
}
