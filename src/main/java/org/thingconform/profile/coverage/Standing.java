package org.thingconform.profile.coverage;

/** Where a statement stands against a profile: a clause tests it, the suite cannot test it (and says why), or neither yet. */
public enum Standing {
    COVERED, UNTESTABLE, NOT_COVERED
}
