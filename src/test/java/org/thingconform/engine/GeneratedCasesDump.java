package org.thingconform.engine;

import java.nio.file.Path;
import java.time.Instant;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;

/**
 * Prints every generated case of a profile (clause, case id, parameters) for a seed, one line each:
 * run in separate JVMs by {@link ExactReplayTest}, whose outputs must be equal.
 */
public final class GeneratedCasesDump {

    private GeneratedCasesDump() {
    }

    /** {@code SEED PROFILE}. */
    public static void main(String[] args) {
        Profile profile = ProfileLoader.load(Path.of(args[1]));
        CaseExpander expander = new CaseExpander(Long.parseLong(args[0]), Instant.parse("2026-12-04T00:00:00Z"));
        StringBuilder out = new StringBuilder();
        for (Clause clause : profile.clauses()) {
            if (clause.generate() == null) {
                continue;
            }
            for (GeneratedCase c : expander.expand(profile, clause)) {
                out.append(clause.id()).append(' ').append(c.id()).append(' ').append(c.parameters()).append('\n');
            }
        }
        System.out.print(out);
    }
}
