/**
 * How much of a standard a profile covers: the standard's normative statements as data (a list each profile may
 * name in {@code standard.statements}), and each statement's standing against the profile's clauses: covered by
 * a clause, untestable from the suite's side (with the reason), or not yet covered. {@code thingconform coverage}
 * prints it; lint flags the statements not yet covered.
 */
package org.thingconform.profile.coverage;
