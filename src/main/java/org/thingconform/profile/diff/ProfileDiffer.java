package org.thingconform.profile.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thingconform.profile.Clause;
import org.thingconform.profile.IcsItem;
import org.thingconform.profile.Profile;
import org.thingconform.result.StandardInfo;

/**
 * Compares two editions of a profile for standards editors: which clauses were added,
 * removed or changed (and how), whether the standard's edition or status moved, and which
 * ICS items came, went or changed status.
 */
public final class ProfileDiffer {

    private ProfileDiffer() {
    }

    public static ProfileDiff diff(Profile before, Profile after) {
        Map<String, Clause> oldClauses = byId(before.clauses(), Clause::id);
        Map<String, Clause> newClauses = byId(after.clauses(), Clause::id);
        List<ClauseRef> added = after.clauses().stream().filter(c -> !oldClauses.containsKey(c.id())).map(ClauseRef::of)
                .toList();
        List<ClauseRef> removed = before.clauses().stream().filter(c -> !newClauses.containsKey(c.id()))
                .map(ClauseRef::of).toList();
        List<ClauseChange> changed = new ArrayList<>();
        int unchanged = 0;
        for (Clause now : after.clauses()) {
            Clause old = oldClauses.get(now.id());
            if (old == null) {
                continue;
            }
            List<FieldChange> changes = ClauseDiffer.compare(old, now);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new ClauseChange(now.id(), now.location(), changes));
            }
        }
        return new ProfileDiff(before.file(), after.file(), standard(before.standard(), after.standard()),
                ics(before.ics(), after.ics()), added, removed, changed, unchanged);
    }

    private static List<FieldChange> standard(StandardInfo before, StandardInfo after) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "standard id", before.id(), after.id());
        field(changes, "standard title", before.title(), after.title());
        field(changes, "standard edition", before.edition(), after.edition());
        field(changes, "standard status", before.status(), after.status());
        field(changes, "standard url", before.url(), after.url());
        return changes;
    }

    private static List<FieldChange> ics(List<IcsItem> before, List<IcsItem> after) {
        Map<String, IcsItem> old = byId(before, IcsItem::id);
        Map<String, IcsItem> now = byId(after, IcsItem::id);
        List<FieldChange> changes = new ArrayList<>();
        before.stream().filter(i -> !now.containsKey(i.id()))
                .forEach(i -> changes.add(new FieldChange("ics " + i.id(), status(i), null)));
        for (IcsItem item : after) {
            IcsItem was = old.get(item.id());
            if (was == null) {
                changes.add(new FieldChange("ics " + item.id(), null, status(item)));
            } else {
                field(changes, "ics " + item.id() + " status", status(was), status(item));
                field(changes, "ics " + item.id() + " question", was.question(), item.question());
            }
        }
        return changes;
    }

    private static String status(IcsItem item) {
        return item.mandatory() ? "mandatory" : "optional";
    }

    private static void field(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
