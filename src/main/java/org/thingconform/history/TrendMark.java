package org.thingconform.history;

/** What a clause's verdicts over the last runs say at a glance in the clause matrix. */
public enum TrendMark {
    /** FAIL now, and the run before did not fail it. */
    NEWLY_FAILING("newly failing"),
    /** PASS now, and the run before failed it. */
    FIXED("fixed"),
    /** Its verdict went back and forth between PASS and FAIL at least twice over the runs kept. */
    FLAKY("flaky");

    private final String label;

    TrendMark(String label) {
        this.label = label;
    }

    /** How reports write it. */
    public String label() {
        return label;
    }
}
