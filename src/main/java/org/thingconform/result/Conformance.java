package org.thingconform.result;

/**
 * What a run's MUST clauses say about the platform: conformant (every MUST clause that applies
 * is PASS), conformant with waivers (the only MUST clauses not PASS are FAILs a waiver covers),
 * or not conformant. SHOULD and MAY clauses never decide it. Declared from best to worst.
 */
public enum Conformance {
    CONFORMANT("conformant"),
    CONFORMANT_WITH_WAIVERS("conformant with waivers"),
    NOT_CONFORMANT("not conformant");

    private final String label;

    Conformance(String label) {
        this.label = label;
    }

    /** As reports print it: {@code conformant}, {@code conformant with waivers}, {@code not conformant}. */
    public String label() {
        return label;
    }

    /** This conformance after one more clause of {@code level} with {@code verdict}, its FAIL {@code waived} or not. */
    public Conformance with(Level level, Verdict verdict, boolean waived) {
        if (level != Level.MUST || verdict == Verdict.PASS || verdict == Verdict.NOT_APPLICABLE) {
            return this;
        }
        Conformance clause = verdict == Verdict.FAIL && waived ? CONFORMANT_WITH_WAIVERS : NOT_CONFORMANT;
        return clause.ordinal() > ordinal() ? clause : this;
    }
}
