package org.thingconform.profile.lint;

import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.SourceLocation;

/**
 * A loaded profile together with its located YAML document, so that rules can point at
 * the exact key they complain about ({@code requires:}, {@code steps:}) rather than only
 * at the clause.
 */
public record LintTarget(Profile profile, LocatedDocument document) {

    /** Reads the profile's file again for key positions; the profile itself is already validated. */
    public static LintTarget of(Profile profile) {
        return new LintTarget(profile, DocumentReader.read(profile.file()));
    }

    /** Where key {@code key} of the clause at {@code index} is written, or the clause when it is absent. */
    public SourceLocation clauseKey(int index, String key) {
        Clause clause = profile.clauses().get(index);
        SourceLocation at = document.locations().get("/clauses/" + index + "/" + DocumentReader.escape(key) + "#key");
        return at == null ? clause.location() : at;
    }
}
