package org.thingconform.profile.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.thingconform.profile.Clause;
import org.thingconform.profile.IcsItem;

/**
 * Rule {@code unused-ics}: an ICS item that no clause's or binding's {@code requires} names. Every
 * platform still has to answer it, for nothing; it is usually a leftover or a typo'd
 * condition. An item whose {@code untested: why} says it is asked on purpose (an option the profile has no
 * clause for yet, whose answer a run still records) is an info repeating the reason.
 */
final class UnusedIcsRule implements LintRule {

    @Override
    public List<Finding> check(LintTarget target) {
        Set<String> used = new HashSet<>();
        for (Clause clause : target.profile().clauses()) {
            if (clause.requires() != null) {
                used.addAll(clause.requires().variables());
            }
        }
        target.profile().bindings().stream().filter(b -> b.requires() != null)
                .forEach(b -> used.addAll(b.requires().variables()));
        return target.profile().ics().stream().filter(item -> !used.contains(item.id()))
                .map(item -> item.untested() != null
                        ? new Finding("unused-ics", Severity.INFO, null, item.location(), "ICS item " + item.id()
                                + " is asked though no clause or binding requires it yet: " + item.untested())
                        : new Finding("unused-ics", Severity.WARNING, null, item.location(),
                                "ICS item " + item.id() + " is declared but no clause or binding requires it"))
                .toList();
    }
}
