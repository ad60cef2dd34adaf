package org.thingconform.profile.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.source.BadInputException;

/**
 * Measures a profile against its standard's statement list ({@code standard.statements}): a statement is covered
 * when a clause of the same id tests it, untestable when that clause is marked untestable or the list says why
 * (a statement binding only the client is untestable for that reason), and not covered otherwise.
 */
public final class Coverage {

    /** The reason of a client-only statement the list gives none for. */
    public static final String CLIENT_ONLY = "binds only the client";

    private Coverage() {
    }

    /**
     * The coverage of {@code profile}; empty when it names no statement list.
     *
     * @throws BadInputException when the list does not load or is of another standard or edition than the profile
     */
    public static Optional<CoverageReport> of(Profile profile) {
        String named = profile.standard().statements();
        if (named == null) {
            return Optional.empty();
        }
        Path file = profile.file().resolveSibling(named);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new BadInputException(profile.file() + ": error: profile " + profile.id() + " names the statement list "
                    + file + ", which does not exist; expected standard.statements: a *.statements.yaml file, relative "
                    + "to the profile");
        }
        StatementList list = StatementListLoader.load(file);
        if (!list.standard().equals(profile.standard().id()) || !list.edition().equals(profile.standard().edition())) {
            throw new BadInputException(file + ": error: the statements are of " + list.standard() + " " + list.edition()
                    + " but profile " + profile.id() + " checks " + profile.standard().id() + " "
                    + profile.standard().edition() + "; expected the list of the profile's standard and edition");
        }
        return Optional.of(of(profile, list));
    }

    /** The coverage of {@code profile} against {@code list}. */
    public static CoverageReport of(Profile profile, StatementList list) {
        List<StatementCoverage> standings = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Statement statement : list.statements()) {
            listed.add(statement.id());
            Optional<Clause> clause = profile.clause(statement.id());
            if (clause.isPresent() && clause.get().untestable() == null) {
                standings.add(new StatementCoverage(statement, Standing.COVERED, List.of(clause.get().id()), null));
            } else if (clause.isPresent()) {
                standings.add(new StatementCoverage(statement, Standing.UNTESTABLE, List.of(), clause.get().untestable()));
            } else if (statement.untestable() != null) {
                standings.add(new StatementCoverage(statement, Standing.UNTESTABLE, List.of(), statement.untestable()));
            } else if (!statement.binds().server()) {
                standings.add(new StatementCoverage(statement, Standing.UNTESTABLE, List.of(), CLIENT_ONLY));
            } else {
                standings.add(new StatementCoverage(statement, Standing.NOT_COVERED, List.of(), null));
            }
        }
        List<String> outside = profile.clauses().stream().map(Clause::id).filter(id -> !listed.contains(id)).toList();
        return new CoverageReport(profile.id(), list, standings, outside);
    }
}
