package org.thingconform.report;

import java.nio.file.Path;

/**
 * One Allure result of a clause found in a results folder, with its message trace: the
 * evidence behind a verdict, for pages that point back into the folder.
 *
 * @param profile the profile id (the result's {@code suite} label)
 * @param clause  the clause id (the result's {@code clause} label)
 * @param name    what the result is about within the clause: the binding and/or generated case
 *                ({@code alink-mqtt5/voltage/invalid.below-min}), empty for a clause tested as a whole
 * @param status  the Allure status: passed, failed, broken or skipped
 * @param result  the {@code *-result.json} file
 * @param trace   the message trace as text, or null when the result has none
 */
public record AllureEvidence(String profile, String clause, String name, String status, Path result, Path trace) {

    /** True for results that did not pass (and were not skipped): the ones worth opening first. */
    public boolean notPassed() {
        return !"passed".equals(status) && !"skipped".equals(status);
    }
}
