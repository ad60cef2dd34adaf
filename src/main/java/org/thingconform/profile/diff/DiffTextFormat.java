package org.thingconform.profile.diff;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * A profile diff as text for people: the standard and ICS changes, then the clauses
 * grouped added / removed / changed, one changed field a line ({@code TM-5.2.3 level:
 * SHOULD → MUST}), then a count line.
 */
public final class DiffTextFormat {

    private DiffTextFormat() {
    }

    public static String format(ProfileDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("diff ").append(SourceLocation.display(diff.oldFile())).append(" → ")
                .append(SourceLocation.display(diff.newFile())).append('\n');
        diff.standard().forEach(c -> out.append(c.toText()).append('\n'));
        diff.ics().forEach(c -> out.append(c.toText()).append('\n'));
        clauses(out, "added", diff.added());
        clauses(out, "removed", diff.removed());
        out.append("changed (").append(diff.changed().size()).append(")").append(diff.changed().isEmpty() ? ": none" : ":")
                .append('\n');
        for (ClauseChange clause : diff.changed()) {
            clause.changes().forEach(c -> out.append("  ").append(clause.id()).append(' ').append(c.toText()).append('\n'));
        }
        out.append(diff.added().size()).append(" added, ").append(diff.removed().size()).append(" removed, ")
                .append(diff.changed().size()).append(" changed, ").append(diff.unchanged()).append(" unchanged")
                .append('\n');
        return out.toString();
    }

    private static void clauses(StringBuilder out, String group, List<ClauseRef> clauses) {
        out.append(group).append(" (").append(clauses.size()).append(")").append(clauses.isEmpty() ? ": none" : ":")
                .append('\n');
        for (ClauseRef c : clauses) {
            out.append("  ").append(c.id()).append(' ').append(c.level()).append(' ').append(c.summary())
                    .append(" (").append(c.location()).append(")\n");
        }
    }
}
