package org.thingconform.mutation;

import org.thingconform.result.Verdict;

/**
 * A clause a fault declares but that the fault did not turn to FAIL: a hole in the suite,
 * or a stale declaration.
 *
 * @param clauseId the declared clause id; for a stale declaration the declaration as written (with its
 *                 profile when it names one)
 * @param profile  the profile of the clause; null when no selected profile has the clause
 * @param verdict  the clause's verdict with the fault on; null when no selected profile has the clause
 * @param reason   why it counts as missed, with the clause run's own reason when there is one
 */
public record MissedClause(String clauseId, String profile, Verdict verdict, String reason) {

    /** True when the fault names a clause id that no selected profile has (a stale declaration). */
    public boolean stale() {
        return verdict == null;
    }
}
