package org.thingconform.profile.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.profile.Clause;

/**
 * Rules {@code duplicate-number} and {@code numbering-order}. Identical ids do not load at
 * all; this catches two different ids with the same number ({@code TM-5.2.1} and
 * {@code TM-5.2.01}: an error, since a clause number must name one requirement), and
 * clauses out of order in the file (a warning: {@code TM-5.2.1} after {@code TM-5.2.3}).
 * Each id prefix ({@code TM-}, {@code SEC-}) is numbered on its own; ids without a digit
 * are not numbered.
 */
final class NumberingRule implements LintRule {

    private record Numbered(int index, Clause clause, ClauseNumber number) {
    }

    @Override
    public List<Finding> check(LintTarget target) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<Numbered>> byPrefix = new HashMap<>();
        List<Clause> clauses = target.profile().clauses();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            Optional<ClauseNumber> parsed = ClauseNumber.parse(clause.id());
            if (parsed.isEmpty()) {
                continue;
            }
            Numbered current = new Numbered(i, clause, parsed.get());
            List<Numbered> earlier = byPrefix.computeIfAbsent(current.number().prefix(), p -> new ArrayList<>());
            Optional<Numbered> same = earlier.stream().filter(e -> e.number().compareTo(current.number()) == 0).findFirst();
            if (same.isPresent()) {
                findings.add(new Finding("duplicate-number", Severity.ERROR, clause.id(), target.clauseKey(i, "id"),
                        "has the same number as " + same.get().clause().id() + " (line "
                                + target.clauseKey(same.get().index(), "id").line()
                                + "); a clause number must name exactly one requirement"));
            } else if (!earlier.isEmpty() && earlier.get(earlier.size() - 1).number().compareTo(current.number()) > 0) {
                Numbered previous = earlier.get(earlier.size() - 1);
                findings.add(new Finding("numbering-order", Severity.WARNING, clause.id(), target.clauseKey(i, "id"),
                        "comes after " + previous.clause().id() + " (line " + target.clauseKey(previous.index(), "id").line()
                                + "); clause numbers should increase in file order"));
            }
            earlier.add(current);
        }
        return findings;
    }
}
