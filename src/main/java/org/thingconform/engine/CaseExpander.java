package org.thingconform.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Generation;
import org.thingconform.profile.Profile;
import org.thingconform.profile.step.EventValueCheckStep;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.profile.step.PropertyValueCheckStep;
import org.thingconform.profile.step.ReadOnlySetCheckStep;
import org.thingconform.profile.step.ReplyExpectation;
import org.thingconform.profile.step.ServiceInputCheckStep;
import org.thingconform.profile.step.Step;
import org.thingconform.source.SourceLocation;
import org.thingconform.thingmodel.DataType;
import org.thingconform.thingmodel.Event;
import org.thingconform.thingmodel.Parameter;
import org.thingconform.thingmodel.Property;
import org.thingconform.thingmodel.Service;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.generate.GeneratedValue;
import org.thingconform.thingmodel.generate.GenerationOptions;
import org.thingconform.thingmodel.generate.ValueGenerator;

/**
 * Expands a generated clause over the device's thing model: one case per element and
 * generated value whose family the clause selects, each with the steps that check the
 * outcome the clause expects. The expected outcome is the clause's, chosen by family;
 * no validator takes part.
 */
public final class CaseExpander {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The family of a sync call the device never answers: its value is the nominal input. */
    private static final String NO_ANSWER = "timeout.no-answer";

    private final long seed;
    private final java.time.Instant now;

    public CaseExpander(long seed, java.time.Instant now) {
        this.seed = seed;
        this.now = now;
    }

    /** The cases of {@code clause}: for its device role, or for every device role of the profile. */
    public List<GeneratedCase> expand(Profile profile, Clause clause) {
        if (clause.generate().forEach() == Generation.Element.RESOURCE) {
            Generation g = clause.generate();
            return Lwm2mResourceCases.expand(profile, clause, new ValueGenerator(new GenerationOptions(seed, false, now)),
                    new FamilySelection(g.families(), g.exclude(), g.coerce()), seed);
        }
        List<String> roles = clause.generate().device() != null ? List.of(clause.generate().device())
                : List.copyOf(profile.devices().keySet());
        List<GeneratedCase> cases = new ArrayList<>();
        for (String role : roles) {
            for (GeneratedCase c : expand(profile, clause, clause.generate().forDevice(role))) {
                cases.add(roles.size() == 1 ? c : new GeneratedCase(role + "/" + c.id(), c.parameters(), c.given(), c.steps()));
            }
        }
        return cases;
    }

    private List<GeneratedCase> expand(Profile profile, Clause clause, Generation g) {
        ThingModel model = profile.modelOf(g.device());
        ValueGenerator generator = new ValueGenerator(new GenerationOptions(seed, g.stepNormative(), now));
        FamilySelection families = new FamilySelection(g.families(), g.exclude(), g.coerce());
        SourceLocation at = clause.location();
        List<GeneratedCase> cases = new ArrayList<>();
        switch (g.forEach()) {
            case PROPERTY -> {
                model.properties().forEach(p -> properties(g, p, generator, families, at, cases));
                unknownProperty(g, model, families, at, cases);
            }
            case EVENT -> model.events().forEach(e -> event(g, e, generator, families, at, cases));
            case SERVICE -> model.services().stream()
                    .filter(s -> g.callType() == null || s.callType() == g.callType())
                    .forEach(s -> service(g, s, generator, families, at, cases));
            default -> throw new IllegalStateException();
        }
        return cases;
    }

    private void properties(Generation g, Property property, ValueGenerator generator, FamilySelection families,
                            SourceLocation at, List<GeneratedCase> cases) {
        String path = g.device() + "/" + property.identifier();
        JsonNode nominal = generator.nominal(property.dataType(), path);
        if (g.expect() == Generation.Outcome.REFUSED) {
            if (!property.accessMode().writable() && families.selects("access.read-only-set")) {
                cases.add(new GeneratedCase(property.identifier() + "/access.read-only-set",
                        parameters(property.identifier(), property.dataType(), "access.read-only-set", nominal),
                        List.of(), List.of(new ReadOnlySetCheckStep(at, g.device(), property.identifier(),
                        nominal, g.quietPeriod()))));
            }
            return;
        }
        for (GeneratedValue value : generator.values(property.dataType(), path)) {
            if (!families.selects(value.family())) {
                continue;
            }
            List<Step> given = new ArrayList<>(List.of());
            if (g.expect() == Generation.Outcome.REJECTED) {
                ObjectNode previous = NODES.objectNode().set(property.identifier(), nominal);
                given.add(new PostPropertiesStep(at, g.device(), previous, new ReplyExpectation(null, true)));
            }
            JsonNode coerced = families.coercible(value.family()) ? value.coercesTo() : null;
            cases.add(new GeneratedCase(property.identifier() + "/" + value.family(),
                    parameters(property.identifier(), property.dataType(), value.family(), value.value()), given,
                    List.of(new PropertyValueCheckStep(at, g.device(), property.identifier(), value.value(), g.expect(),
                            g.code(), nominal, coerced))));
        }
    }

    /** A post naming an identifier the model lacks: rejected, and nothing stored under it. */
    private void unknownProperty(Generation g, ThingModel model, FamilySelection families, SourceLocation at,
                                 List<GeneratedCase> cases) {
        String unknown = "unknownProperty";
        if (g.expect() != Generation.Outcome.REJECTED || !families.selects("invalid.unknown-identifier")
                || model.property(unknown).isPresent()) {
            return;
        }
        JsonNode value = NODES.numberNode(1);
        cases.add(new GeneratedCase(unknown + "/invalid.unknown-identifier",
                parameters(unknown, null, "invalid.unknown-identifier", value), List.of(),
                List.of(new PropertyValueCheckStep(at, g.device(), unknown, value, g.expect(), g.code(), null, null))));
    }

    private void event(Generation g, Event event, ValueGenerator generator, FamilySelection families, SourceLocation at,
                       List<GeneratedCase> cases) {
        for (Parameter member : event.outputData()) {
            String path = g.device() + "/" + event.identifier() + "/" + member.identifier();
            for (GeneratedValue value : generator.values(member.dataType(), path)) {
                if (families.selects(value.family())) {
                    ObjectNode outputs = nominals(event.outputData(), generator, g.device() + "/" + event.identifier());
                    outputs.set(member.identifier(), value.value());
                    cases.add(new GeneratedCase(event.identifier() + "/" + member.identifier() + "/" + value.family(),
                            parameters(event.identifier() + "." + member.identifier(), member.dataType(), value.family(),
                                    value.value()), List.of(),
                            List.of(new EventValueCheckStep(at, g.device(), event.identifier(), outputs, g.expect(), g.code()))));
                }
            }
        }
        if (!event.outputData().isEmpty() && families.selects("invalid.missing-member")) {
            ObjectNode outputs = nominals(event.outputData(), generator, g.device() + "/" + event.identifier());
            String dropped = event.outputData().get(0).identifier();
            outputs.remove(dropped);
            cases.add(new GeneratedCase(event.identifier() + "/invalid.missing-member",
                    parameters(event.identifier() + "." + dropped, event.outputData().get(0).dataType(),
                            "invalid.missing-member", outputs), List.of(),
                    List.of(new EventValueCheckStep(at, g.device(), event.identifier(), outputs, g.expect(), g.code()))));
        }
    }

    private void service(Generation g, Service service, ValueGenerator generator, FamilySelection families,
                         SourceLocation at, List<GeneratedCase> cases) {
        String base = g.device() + "/" + service.identifier();
        ObjectNode output = nominals(service.outputData(), generator, base + "/out");
        if (g.expect() == Generation.Outcome.TIMED_OUT) {
            if (families.selects(NO_ANSWER)) {
                ObjectNode params = nominals(service.inputData(), generator, base);
                cases.add(new GeneratedCase(service.identifier() + "/" + NO_ANSWER,
                        parameters(service.identifier(), null, NO_ANSWER, params), List.of(),
                        List.of(new ServiceInputCheckStep(at, g.device(), service.identifier(), params, output,
                                g.expect(), g.quietPeriod(), g.timeoutStatus()))));
            }
            return;
        }
        for (Parameter input : service.inputData()) {
            String path = base + "/" + input.identifier();
            for (GeneratedValue value : generator.values(input.dataType(), path)) {
                if (families.selects(value.family())) {
                    ObjectNode params = nominals(service.inputData(), generator, base);
                    params.set(input.identifier(), value.value());
                    cases.add(new GeneratedCase(service.identifier() + "/" + input.identifier() + "/" + value.family(),
                            parameters(service.identifier() + "." + input.identifier(), input.dataType(), value.family(),
                                    value.value()), List.of(),
                            List.of(new ServiceInputCheckStep(at, g.device(), service.identifier(), params, output,
                                    g.expect(), g.quietPeriod(), null))));
                }
            }
        }
        if (families.selects("invalid.unknown-input")) {
            ObjectNode params = nominals(service.inputData(), generator, base);
            params.put("unknownInput", 1);
            cases.add(new GeneratedCase(service.identifier() + "/invalid.unknown-input",
                    parameters(service.identifier() + ".unknownInput", null, "invalid.unknown-input", params),
                    List.of(), List.of(new ServiceInputCheckStep(at, g.device(), service.identifier(),
                    params, output, g.expect(), g.quietPeriod(), null))));
        }
    }

    private ObjectNode nominals(List<Parameter> parameters, ValueGenerator generator, String base) {
        ObjectNode values = NODES.objectNode();
        parameters.forEach(p -> values.set(p.identifier(), generator.nominal(p.dataType(), base + "/" + p.identifier())));
        return values;
    }

    private Map<String, String> parameters(String element, DataType type, String family, JsonNode value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("element", element);
        parameters.put("dataType", type == null ? "-" : describe(type));
        parameters.put("family", family);
        String text = value.toString();
        parameters.put("value", text.length() > 200 ? text.substring(0, 200) + "… (" + text.length() + " chars)" : text);
        parameters.put("seed", String.valueOf(seed));
        return parameters;
    }

    private static String describe(DataType type) {
        StringBuilder text = new StringBuilder(type.kind().tslName());
        type.min().ifPresent(v -> text.append(" min=").append(v.toPlainString()));
        type.max().ifPresent(v -> text.append(" max=").append(v.toPlainString()));
        type.step().ifPresent(v -> text.append(" step=").append(v.toPlainString()));
        type.length().ifPresent(v -> text.append(" length=").append(v));
        type.size().ifPresent(v -> text.append(" size=").append(v));
        if (!type.labels().isEmpty()) {
            text.append(" keys=").append(type.labels().keySet());
        }
        return text.toString();
    }
}
