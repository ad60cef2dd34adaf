package org.thingconform.waiver;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Verdict;
import org.thingconform.source.SourceLocation;

/**
 * One entry of a waivers file: a FAIL of one clause (of one profile edition, optionally over
 * one binding or for one generated case) that an approver accepted for a while, with the reason
 * and a reference (issue, accepted challenge). A waived FAIL stays FAIL; reports say it is waived.
 *
 * @param profile   the profile id, e.g. {@code tsl-alink-mqtt}
 * @param edition   the standard edition the profile states, since a clause id means different things in two editions
 * @param clause    the clause id, e.g. {@code TM-5.2.3}
 * @param binding   the binding the waiver is limited to, or null for every binding
 * @param caseId    the generated case the waiver is limited to, or null for every case
 * @param reason    why the failure is accepted
 * @param reference a link to the issue or accepted challenge
 * @param approver  who accepted it
 * @param granted   when it was accepted
 * @param expires   the last day it holds
 * @param location  where the entry is written
 */
public record Waiver(String profile, String edition, String clause, String binding,
                     @JsonProperty("case") String caseId, String reason,
                     String reference, String approver, LocalDate granted, LocalDate expires,
                     @JsonIgnore SourceLocation location) {

    /** Whether this entry covers {@code result} (any verdict): same profile, edition, clause, and binding and case when named. */
    public boolean covers(ClauseResult result) {
        String resultEdition = result.clause().standard() == null ? null : result.clause().standard().edition();
        return profile.equals(result.clause().profile()) && Objects.equals(edition, resultEdition)
                && clause.equals(result.clause().clauseId())
                // a profile with one binding leaves the result's binding unnamed: the entry's binding is that one
                && (binding == null || result.binding() == null || binding.equals(result.binding()))
                && (caseId == null || caseId.equals(result.caseId()));
    }

    /** Whether this entry waives {@code result}: a FAIL it covers. */
    public boolean waives(ClauseResult result) {
        return result.verdict() == Verdict.FAIL && covers(result);
    }

    /** Where the entry is written, as {@code file:line:column}; null when unknown. Reports show it. */
    @JsonProperty("source")
    public String source() {
        return location == null ? null : location.toString();
    }

    /** How messages name the entry: {@code tsl-alink-mqtt draft-2026-11 TM-5.2.3 [alink-mqtt]}. */
    public String label() {
        return profile + " " + edition + " " + clause + (binding == null ? "" : " [" + binding + "]")
                + (caseId == null ? "" : " case " + caseId);
    }
}
