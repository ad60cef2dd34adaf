package org.thingconform.profile.coverage;

import java.nio.file.Path;
import java.util.List;

/**
 * A standard's normative statements, in the order the standard numbers them: what coverage is measured against.
 *
 * @param file     the list's file
 * @param standard the standard's id, as the profile's {@code standard.id}
 * @param edition  the edition the statements are of, as the profile's {@code standard.edition}
 * @param url      where the specification is
 */
public record StatementList(Path file, String standard, String edition, String url, List<Statement> statements) {

    public StatementList {
        statements = List.copyOf(statements);
    }
}
