package org.thingconform.mutation;

/**
 * A clause a fault turned to FAIL (PASS or any other verdict fault-free, FAIL with the fault on).
 *
 * @param declared true when the fault declares the clause (the expected catch); false for
 *                 collateral: the fault also broke a clause it does not name, which is shown
 *                 but not an error
 * @param reason   the FAIL reason, as the clause run gave it
 */
public record FailedClause(ClauseRef clause, boolean declared, String reason) {
}
