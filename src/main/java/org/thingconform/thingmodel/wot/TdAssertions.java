package org.thingconform.thingmodel.wot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The catalogue of TD 1.1 assertions the suite checks on a TD document beyond (or more
 * precisely than) the W3C JSON Schema, keyed by W3C assertion id. Profiles name them with
 * {@code tdAssertion: {thing, id}}; a new check is one entry here.
 */
public final class TdAssertions {

    /** The TD 1.1 context URI. */
    public static final String CONTEXT_1_1 = "https://www.w3.org/2022/wot/td/v1.1";
    /** The TD 1.0 context URI, which a 1.1 TD may list before the 1.1 one. */
    public static final String CONTEXT_1_0 = "https://www.w3.org/2019/wot/td/v1";

    private static final Map<String, TdAssertion> CATALOGUE = new LinkedHashMap<>();

    static {
        add(new TdAssertion("td-context", "@context is the TD 1.1 context URI, or a list holding it (after the 1.0 URI "
                + "at most)", TdAssertions::context));
        add(new TdAssertion("td-vocab-title--Thing", "the Thing has a title, a string", td -> text(td, "title")));
        add(new TdAssertion("td-vocab-security--Thing", "the Thing has security: a security definition name or a "
                + "list of them", TdAssertions::securityTerm));
        add(new TdAssertion("td-vocab-securityDefinitions--Thing", "the Thing has securityDefinitions: a map of at "
                + "least one named security scheme", TdAssertions::securityDefinitions));
        add(new TdAssertion("td-security-mandatory", "security is given at the Thing level and every name it (or a "
                + "form) activates is defined in securityDefinitions", TdAssertions::securityActivated));
        add(new TdAssertion("td-op-for-property", "the op of a property's form names property operations only "
                + "(readproperty, writeproperty, observeproperty, unobserveproperty)",
                td -> opsOfKind(td, AffordanceKind.PROPERTY)));
        add(new TdAssertion("td-op-for-action", "the op of an action's form names action operations only "
                + "(invokeaction, queryaction, cancelaction)", td -> opsOfKind(td, AffordanceKind.ACTION)));
        add(new TdAssertion("td-op-for-event", "the op of an event's form names event operations only "
                + "(subscribeevent, unsubscribeevent)", td -> opsOfKind(td, AffordanceKind.EVENT)));
        add(new TdAssertion("td-forms", "every property, action and event has at least one form, each with an href",
                TdAssertions::forms));
    }

    private TdAssertions() {
    }

    private static void add(TdAssertion assertion) {
        CATALOGUE.put(assertion.id(), assertion);
    }

    /** The assertion with W3C id {@code id}, if the catalogue has it. */
    public static Optional<TdAssertion> get(String id) {
        return Optional.ofNullable(CATALOGUE.get(id));
    }

    /** The assertion ids the catalogue checks, in catalogue order. */
    public static List<String> ids() {
        return List.copyOf(CATALOGUE.keySet());
    }

    private static List<String> context(JsonNode td) {
        JsonNode context = td.get("@context");
        if (context == null) {
            return List.of("the TD has no @context");
        }
        if (context.isTextual()) {
            return context.asText().equals(CONTEXT_1_1) ? List.of()
                    : List.of("@context is \"" + context.asText() + "\", not " + CONTEXT_1_1);
        }
        if (context.isArray()) {
            List<String> uris = new ArrayList<>();
            context.forEach(c -> uris.add(c.isTextual() ? c.asText() : null));
            int at = uris.indexOf(CONTEXT_1_1);
            if (at == 0 || at == 1 && CONTEXT_1_0.equals(uris.get(0))) {
                return List.of();
            }
            return List.of(at < 0 ? "@context " + context + " does not hold " + CONTEXT_1_1
                    : "@context " + context + " holds " + CONTEXT_1_1 + " at position " + at
                    + ", not first (or second after " + CONTEXT_1_0 + ")");
        }
        return List.of("@context is " + context.getNodeType().name().toLowerCase() + ", not a URI or a list");
    }

    private static List<String> text(JsonNode td, String member) {
        JsonNode value = td.get(member);
        if (value == null) {
            return List.of("the Thing has no " + member);
        }
        return value.isTextual() ? List.of() : List.of(member + " is " + value + ", not a string");
    }

    private static List<String> securityTerm(JsonNode td) {
        JsonNode security = td.get("security");
        if (security == null) {
            return List.of("the Thing has no security");
        }
        if (security.isTextual()) {
            return List.of();
        }
        if (security.isArray() && !security.isEmpty() && Stream.of(elements(security)).allMatch(JsonNode::isTextual)) {
            return List.of();
        }
        return List.of("security is " + security + ", not a name or a non-empty list of names");
    }

    private static List<String> securityDefinitions(JsonNode td) {
        JsonNode definitions = td.get("securityDefinitions");
        if (definitions == null) {
            return List.of("the Thing has no securityDefinitions");
        }
        if (!definitions.isObject() || definitions.isEmpty()) {
            return List.of("securityDefinitions is " + definitions + ", not a map of at least one named scheme");
        }
        List<String> violations = new ArrayList<>();
        definitions.fields().forEachRemaining(e -> {
            if (!e.getValue().path("scheme").isTextual()) {
                violations.add("securityDefinitions/" + e.getKey() + " names no scheme");
            }
        });
        return violations;
    }

    private static List<String> securityActivated(JsonNode td) {
        JsonNode security = td.get("security");
        if (security == null || security.isArray() && security.isEmpty()) {
            return List.of("no security scheme is activated at the Thing level (security is "
                    + (security == null ? "missing" : "[]") + ")");
        }
        JsonNode definitions = td.path("securityDefinitions");
        List<String> violations = new ArrayList<>();
        undefined(security, definitions, "security", violations);
        forEachForm(td, (where, form) -> {
            if (form.has("security")) {
                undefined(form.get("security"), definitions, where + "/security", violations);
            }
        });
        return violations;
    }

    private static void undefined(JsonNode security, JsonNode definitions, String where, List<String> violations) {
        for (JsonNode name : security.isArray() ? elements(security) : new JsonNode[] {security}) {
            if (!definitions.has(name.asText())) {
                violations.add(where + " activates \"" + name.asText() + "\", which securityDefinitions does not "
                        + "define (it defines " + names(definitions) + ")");
            }
        }
    }

    private static List<String> opsOfKind(JsonNode td, AffordanceKind kind) {
        List<String> violations = new ArrayList<>();
        td.path(kind.member()).fields().forEachRemaining(a -> {
            JsonNode forms = a.getValue().path("forms");
            for (int i = 0; i < forms.size(); i++) {
                for (String op : FormDefaults.ops(kind, a.getValue(), forms.get(i))) {
                    if (!kind.ops().contains(op)) {
                        violations.add(kind.member() + "/" + a.getKey() + "/forms/" + i + " has op \"" + op
                                + "\", not one of " + kind.ops());
                    }
                }
            }
        });
        return violations;
    }

    private static List<String> forms(JsonNode td) {
        List<String> violations = new ArrayList<>();
        for (AffordanceKind kind : AffordanceKind.values()) {
            td.path(kind.member()).fields().forEachRemaining(a -> {
                JsonNode forms = a.getValue().get("forms");
                if (forms == null || !forms.isArray() || forms.isEmpty()) {
                    violations.add(kind.member() + "/" + a.getKey() + " has no forms");
                    return;
                }
                for (int i = 0; i < forms.size(); i++) {
                    if (!forms.get(i).path("href").isTextual()) {
                        violations.add(kind.member() + "/" + a.getKey() + "/forms/" + i + " has no href");
                    }
                }
            });
        }
        return violations;
    }

    /** Calls {@code action} with each affordance form and its pointer-like location. */
    private static void forEachForm(JsonNode td, java.util.function.BiConsumer<String, JsonNode> action) {
        for (AffordanceKind kind : AffordanceKind.values()) {
            td.path(kind.member()).fields().forEachRemaining(a -> {
                JsonNode forms = a.getValue().path("forms");
                for (int i = 0; i < forms.size(); i++) {
                    action.accept(kind.member() + "/" + a.getKey() + "/forms/" + i, forms.get(i));
                }
            });
        }
    }

    private static JsonNode[] elements(JsonNode array) {
        JsonNode[] out = new JsonNode[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i);
        }
        return out;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
