package org.thingconform.result;

/**
 * Whether a run is a certification run ({@code run --certify}): every report says which, so a
 * run with faults, overrides or a narrowed selection can never pass for certification evidence.
 */
public enum RunKind {
    /** {@code --certify}: nothing narrowed, overridden or faulted; published standards only. */
    CERTIFICATION("certification run"),
    /** {@code --certify --allow-draft}: as a certification run, with draft standards accepted. */
    CERTIFICATION_WITH_DRAFTS("certification run (draft standards allowed)"),
    /** Any other run: pre-certification, development, a standards committee's trial. */
    NOT_CERTIFICATION("not a certification run");

    private final String label;

    RunKind(String label) {
        this.label = label;
    }

    /** How the reports say it. */
    public String label() {
        return label;
    }

    /** The kind of a run with these options. */
    public static RunKind of(boolean certify, boolean allowDraft) {
        return !certify ? NOT_CERTIFICATION : allowDraft ? CERTIFICATION_WITH_DRAFTS : CERTIFICATION;
    }
}
