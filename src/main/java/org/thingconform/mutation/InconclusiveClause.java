package org.thingconform.mutation;

/**
 * A clause a fault does not declare that turned INCONCLUSIVE under it (not INCONCLUSIVE fault-free,
 * INCONCLUSIVE with the fault on): the fault broke something the clause only needs to reach the
 * check it is about, so the clause could not decide. Shown as "collateral: inconclusive"; not an
 * error and not counted in the score.
 *
 * @param reason the INCONCLUSIVE reason, as the clause run gave it
 */
public record InconclusiveClause(ClauseRef clause, String reason) {
}
