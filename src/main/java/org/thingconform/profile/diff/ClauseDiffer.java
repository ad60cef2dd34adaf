package org.thingconform.profile.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.thingconform.profile.Clause;

/**
 * Names what changed in one clause between two editions: level, summary, chapter,
 * requires, tags, untestable, generate, given and steps. Not compared: the clause's position in
 * the file, and its URL (usually derived from the standard's URL template).
 */
final class ClauseDiffer {

    private ClauseDiffer() {
    }

    static List<FieldChange> compare(Clause before, Clause after) {
        List<FieldChange> changes = new ArrayList<>();
        text(changes, "level", before.level().name(), after.level().name());
        text(changes, "summary", before.summary(), after.summary());
        text(changes, "chapter", blankToNull(before.chapter()), blankToNull(after.chapter()));
        String oldRequires = before.requires() == null ? null : before.requires().text();
        String newRequires = after.requires() == null ? null : after.requires().text();
        if (!Objects.equals(normalise(oldRequires), normalise(newRequires))) {
            changes.add(new FieldChange("requires", oldRequires, newRequires));
        }
        if (!new TreeSet<>(before.tags()).equals(new TreeSet<>(after.tags()))) {
            changes.add(new FieldChange("tags", before.tags().toString(), after.tags().toString()));
        }
        text(changes, "untestable", before.untestable(), after.untestable());
        text(changes, "generate", describe(before.generate()), describe(after.generate()));
        changes.addAll(StepListDiff.compare("given", before.given(), after.given()));
        changes.addAll(StepListDiff.compare("steps", before.steps(), after.steps()));
        return changes;
    }

    /** A generated clause's expansion rule in one line, for comparison and display. */
    private static String describe(org.thingconform.profile.Generation g) {
        return g == null ? null : "forEach=" + g.forEach().name().toLowerCase() + " device=" + g.device() + " families="
                + g.families() + " exclude=" + g.exclude() + " expect=" + g.expect().name().toLowerCase() + " code="
                + g.code() + " coerce=" + g.coerce() + " stepNormative=" + g.stepNormative() + " quietPeriod="
                + g.quietPeriod();
    }

    private static void text(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The condition without white space, so re-spacing {@code A&&B} is not a change. */
    private static String normalise(String condition) {
        return condition == null ? null : condition.replaceAll("\\s+", "");
    }
}
