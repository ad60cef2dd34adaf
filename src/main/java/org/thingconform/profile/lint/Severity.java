package org.thingconform.profile.lint;

import java.util.Locale;

/**
 * How much a lint finding matters. An error means a clause can never give a meaningful
 * verdict; a warning deserves an editor's look; an info is a note that never fails a lint.
 */
public enum Severity {
    INFO, WARNING, ERROR;

    /** The word printed in findings: {@code info}, {@code warning} or {@code error}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
