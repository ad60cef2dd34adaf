package org.thingconform.mutation;

import org.thingconform.result.ClauseInfo;
import org.thingconform.result.Level;

/**
 * A clause of a selected profile as the mutation matrix names it. Faults declare bare clause
 * ids; the profile tells clauses with the same id in two profiles apart.
 *
 * @param profile  the profile id
 * @param clauseId the clause id, e.g. {@code TM-5.2.1}
 * @param level    MUST, SHOULD or MAY
 * @param summary  the requirement in our own words
 */
public record ClauseRef(String profile, String clauseId, Level level, String summary) {

    /** The reference of a clause as a run reports it. */
    public static ClauseRef of(ClauseInfo info) {
        return new ClauseRef(info.profile(), info.clauseId(), info.level(), info.summary());
    }
}
