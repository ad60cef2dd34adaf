package org.thingconform.profile.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thingconform.profile.Clause;
import org.thingconform.profile.IcsItem;
import org.thingconform.result.Level;

/**
 * Rule {@code optional-must}: a MUST clause whose {@code requires} names only optional ICS
 * items. A platform that declares none of them never runs the clause, so the MUST is in
 * effect optional. That may be intended (a conditional MUST: "if it supports events, it
 * MUST …"), so this is a warning, for the editor to confirm with the clause's
 * {@code conditional: why}; a confirmed one is an info that repeats the reason. A clause that plays a device
 * runs over bindings, each offered under its own ICS condition: the clause is gated on a
 * mandatory item when it is, or when one of its bindings is.
 */
final class OptionalMustRule implements LintRule {

    @Override
    public List<Finding> check(LintTarget target) {
        Map<String, IcsItem> items = target.profile().ics().stream()
                .collect(Collectors.toMap(IcsItem::id, Function.identity()));
        List<Finding> findings = new ArrayList<>();
        List<Clause> clauses = target.profile().clauses();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            if (clause.level() != Level.MUST || clause.requires() == null || clause.requires().variables().isEmpty()) {
                continue;
            }
            boolean mandatoryBinding = clause.usesDevices() && target.profile().bindingsOf(clause).stream()
                    .anyMatch(b -> b.requires() != null && b.requires().variables().stream()
                            .anyMatch(id -> items.get(id).mandatory()));
            if (!mandatoryBinding && clause.requires().variables().stream().noneMatch(id -> items.get(id).mandatory())) {
                List<String> optional = clause.requires().variables().stream().sorted().toList();
                findings.add(clause.conditional() != null
                        ? new Finding("optional-must", Severity.INFO, clause.id(), target.clauseKey(i, "conditional"),
                                "conditional MUST, on optional ICS items " + optional + ": " + clause.conditional())
                        : new Finding("optional-must", Severity.WARNING, clause.id(), target.clauseKey(i, "requires"),
                                "MUST clause requires only optional ICS items " + optional
                                + ", so a platform that declares none of them skips it: the MUST is effectively optional"
                                + " (confirm it is a conditional MUST with 'conditional: why', or gate it on a mandatory"
                                + " item)"));
            }
        }
        return findings;
    }
}
