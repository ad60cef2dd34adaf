package org.thingconform.mutation;

/**
 * The headline number of a mutation run: how many of the faults run were caught.
 *
 * @param caught  faults that turned every clause they declare to FAIL
 * @param faults  faults run
 * @param percent {@code caught * 100 / faults} rounded down, so 100 means all; 0 when no fault ran
 */
public record MutationScore(int caught, int faults, int percent) {

    public static MutationScore of(int caught, int faults) {
        return new MutationScore(caught, faults, faults == 0 ? 0 : caught * 100 / faults);
    }

    /** E.g. {@code score: 8/8 faults caught (100%)}. */
    public String line() {
        return "score: " + caught + "/" + faults + " faults caught (" + (faults == 0 ? "n/a" : percent + "%") + ")";
    }
}
