package org.thingconform.profile.diff;

/**
 * One field that differs between two editions, e.g. {@code level: SHOULD → MUST}.
 *
 * @param field  the field, e.g. {@code level}, {@code requires}, {@code steps[2].values}
 * @param before its value in the old edition, or null when it was absent
 * @param after  its value in the new edition, or null when it is gone
 */
public record FieldChange(String field, String before, String after) {

    /** {@code field: before → after}, {@code field added: after} or {@code field removed: before}. */
    public String toText() {
        if (before == null) {
            return field + " added: " + after;
        }
        if (after == null) {
            return field + " removed: " + before;
        }
        return field + ": " + before + " → " + after;
    }
}
