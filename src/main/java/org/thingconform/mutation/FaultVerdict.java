package org.thingconform.mutation;

import java.util.List;

/**
 * What one fault did to the suite: caught when every clause it declares turned to FAIL,
 * missed otherwise.
 *
 * @param fault                  the fault name, e.g. {@code wrong-reply-id}
 * @param description            what the platform does wrong with the fault on
 * @param declared               the clauses the fault declares, as written (a bare clause id, or
 *                               {@code PROFILE-ID:CLAUSE-ID} for the clause of one profile)
 * @param caught                 true when every declared clause turned to FAIL
 * @param failed                 every clause that turned to FAIL, declared or collateral, in profile order
 * @param collateralInconclusive the undeclared clauses that turned INCONCLUSIVE, in profile order:
 *                               shown, not an error, not counted in the score
 * @param missed                 the declared clauses that did not turn to FAIL; empty when caught
 */
public record FaultVerdict(String fault, String description, List<String> declared, boolean caught,
                           List<FailedClause> failed, List<InconclusiveClause> collateralInconclusive,
                           List<MissedClause> missed) {

    public FaultVerdict {
        declared = List.copyOf(declared);
        failed = List.copyOf(failed);
        collateralInconclusive = List.copyOf(collateralInconclusive);
        missed = List.copyOf(missed);
    }

    /** The clauses that turned to FAIL although the fault does not declare them. */
    public List<FailedClause> collateral() {
        return failed.stream().filter(f -> !f.declared()).toList();
    }
}
