package org.thingconform.matrix;

/**
 * A link from the implementation matrix to one Allure result of a clause and its message trace.
 *
 * @param name   the binding and/or generated case the result is about; empty for the clause as a whole
 * @param status the Allure status (passed, failed, broken, skipped)
 * @param result relative link to the {@code *-result.json} file
 * @param trace  relative link to the message trace as text, or null when the result has none
 */
public record EvidenceLink(String name, String status, String result, String trace) {
}
