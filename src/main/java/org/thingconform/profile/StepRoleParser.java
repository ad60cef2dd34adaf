package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thingconform.profile.step.Step;
import org.thingconform.profile.step.StepRole;
import org.thingconform.profile.step.StepRoles;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.SourceLocation;

/**
 * Reads the role keys a step may carry beside its own arguments ({@code subject: true},
 * {@code means: true | CLAUSE-ID}, {@code see: CLAUSE-ID}) and checks, once every clause is
 * read, that each clause id they name is one of the profile's other clauses.
 */
final class StepRoleParser {

    /** The keys every step kind accepts for its role. */
    static final Set<String> KEYS = Set.of("subject", "means", "see");

    private final LocatedDocument document;
    private final Map<SourceLocation, StepRole> roles = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();

    StepRoleParser(LocatedDocument document) {
        this.document = document;
    }

    /** The step's arguments without its role keys, for the step kind's own parser. */
    static JsonNode withoutRole(JsonNode args) {
        if (args == null || !args.isObject() || KEYS.stream().noneMatch(args::has)) {
            return args;
        }
        ObjectNode copy = ((ObjectNode) args).deepCopy();
        copy.remove(KEYS);
        return copy;
    }

    /** Reads the role keys of the step parsed from {@code args} at {@code pointer} (the arguments' pointer). */
    void read(Step step, JsonNode args, String pointer) {
        if (args == null || !args.isObject() || KEYS.stream().noneMatch(args::has)) {
            return;
        }
        JsonNode subject = args.get("subject");
        JsonNode means = args.get("means");
        JsonNode see = args.get("see");
        if (subject != null && !(subject.isBoolean() && subject.asBoolean())) {
            throw document.error(pointer + "/subject", "'subject' must be true", "subject: true, or no 'subject'");
        }
        if (subject != null && (means != null || see != null)) {
            throw document.error(pointer + "/subject", "a step is either the clause's subject or a means",
                    "subject: true alone, or means: true | CLAUSE-ID (with see: CLAUSE-ID)");
        }
        if (means != null && !(means.isTextual() || means.isBoolean() && means.asBoolean())) {
            throw document.error(pointer + "/means", "'means' must be true or a clause id",
                    "means: true, or means: CLAUSE-ID (the clause whose subject this step checks)");
        }
        if (means != null && means.isTextual() && see != null) {
            throw document.error(pointer + "/see", "'means' already names clause " + means.asText(),
                    "means: CLAUSE-ID alone, or means: true with see: CLAUSE-ID");
        }
        if (see != null && !see.isTextual()) {
            throw document.error(pointer + "/see", "'see' must be a clause id", "see: CLAUSE-ID, e.g. see: MQTT-4.3.3-2");
        }
        String named = see != null ? see.asText() : means != null && means.isTextual() ? means.asText() : null;
        if (named != null) {
            references.add(new Reference(named, see != null ? pointer + "/see" : pointer + "/means"));
        }
        StepRole.Kind kind = subject != null ? StepRole.Kind.SUBJECT
                : means != null ? StepRole.Kind.MEANS : StepRole.Kind.DEFAULT;
        roles.put(step.location(), new StepRole(kind, named));
    }

    /** The roles of {@code steps}, as read. */
    StepRoles rolesOf(Collection<Step> steps) {
        Map<SourceLocation, StepRole> of = new HashMap<>();
        steps.forEach(step -> {
            StepRole role = roles.get(step.location());
            if (role != null) {
                of.put(step.location(), role);
            }
        });
        return of.isEmpty() ? StepRoles.NONE : new StepRoles(of);
    }

    /** A {@code given} step is a precondition, never the subject. */
    void checkGiven(List<Step> given, String pointer) {
        for (int i = 0; i < given.size(); i++) {
            StepRole role = roles.get(given.get(i).location());
            if (role != null && role.kind() == StepRole.Kind.SUBJECT) {
                throw document.error(pointer + "/" + i, "a given step is a precondition, a means of the clause, "
                        + "never its subject", "the step under 'steps', or no 'subject: true'");
            }
        }
    }

    /** Checks that every clause id a role names is another clause of the profile. */
    void checkReferences(Collection<String> clauseIds, Map<String, String> clauseOfPointer) {
        for (Reference reference : references) {
            String own = clauseOfPointer.entrySet().stream()
                    .filter(e -> reference.pointer().startsWith(e.getKey() + "/")).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (reference.clauseId().equals(own)) {
                throw document.error(reference.pointer(), "a step cannot name its own clause " + own
                        + " as the one its means belong to", "the id of the clause whose subject the step checks");
            }
            if (!clauseIds.contains(reference.clauseId())) {
                throw document.error(reference.pointer(), "unknown clause '" + reference.clauseId() + "'",
                        "the id of one of the profile's clauses, e.g. " + clauseIds.stream().sorted().limit(3).toList());
            }
        }
    }

    private record Reference(String clauseId, String pointer) {
    }
}
