package org.thingconform.profile.coverage;

import java.util.List;

/**
 * One statement against a profile: its standing, the clauses that test it, and the reason when it is untestable.
 *
 * @param clauses the ids of the profile's clauses that test the statement (empty unless covered)
 * @param reason  why the suite cannot test it, for an untestable statement; else null
 */
public record StatementCoverage(Statement statement, Standing standing, List<String> clauses, String reason) {

    public StatementCoverage {
        clauses = List.copyOf(clauses);
    }
}
