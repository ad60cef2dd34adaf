package org.thingconform.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Generation;
import org.thingconform.profile.Profile;
import org.thingconform.profile.step.Lwm2mReadStep;
import org.thingconform.profile.step.Lwm2mRegisterStep;
import org.thingconform.profile.step.Lwm2mWriteStep;
import org.thingconform.profile.step.Step;
import org.thingconform.source.SourceLocation;
import org.thingconform.thingmodel.DataType;
import org.thingconform.thingmodel.Property;
import org.thingconform.thingmodel.generate.GeneratedValue;
import org.thingconform.thingmodel.generate.ValueGenerator;
import org.thingconform.thingmodel.lwm2m.ImportedObjects;
import org.thingconform.thingmodel.lwm2m.Lwm2mObject;
import org.thingconform.thingmodel.lwm2m.Lwm2mOperations;
import org.thingconform.thingmodel.lwm2m.Lwm2mResource;
import org.thingconform.thingmodel.lwm2m.Lwm2mType;

/**
 * Expands a clause with {@code forEach: resource} over the profile's LwM2M object models: each case registers a
 * client with the one object and reads (instance 0 of) one resource, or writes it with one generated value.
 * Read: every readable single-value resource the client holds a value of (string, numbers, boolean, time).
 * Write: every writable single-value resource of those types, with each value of the selected families of its
 * type and range; what a family means for LwM2M is {@link #lwm2mValue}.
 */
final class Lwm2mResourceCases {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<Lwm2mType> VALUED = EnumSet.of(Lwm2mType.STRING, Lwm2mType.INTEGER,
            Lwm2mType.UNSIGNED_INTEGER, Lwm2mType.FLOAT, Lwm2mType.BOOLEAN, Lwm2mType.TIME);
    private static final String CLIENT = "dev";
    private static final long LIFETIME = 300;

    private Lwm2mResourceCases() {
    }

    static List<GeneratedCase> expand(Profile profile, Clause clause, ValueGenerator generator,
                                      FamilySelection families, long seed) {
        Generation g = clause.generate();
        SourceLocation at = clause.location();
        List<GeneratedCase> cases = new ArrayList<>();
        for (Map.Entry<String, Path> model : models(profile, g).entrySet()) {
            Lwm2mObject object;
            try {
                object = ImportedObjects.of(model.getValue());
            } catch (UncheckedIOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            List<Step> given = List.of(new Lwm2mRegisterStep(at, CLIENT, null, List.of(model.getKey()), LIFETIME,
                    List.of(), List.of("2.01"), true, false));
            for (Lwm2mResource resource : object.resources().values()) {
                if (resource.multiple() || !resource.inThingModel() || !VALUED.contains(resource.type())) {
                    continue;
                }
                String path = "/" + object.id() + "/0/" + resource.id();
                String base = model.getKey() + "/" + resource.identifier();
                if (g.expect() == Generation.Outcome.READ) {
                    if (resource.operations() == Lwm2mOperations.R || resource.operations() == Lwm2mOperations.RW) {
                        cases.add(new GeneratedCase(base + "/read", parameters(path, resource, "read", null, seed), given,
                                List.of(new Lwm2mReadStep(at, CLIENT, path, g.format(), null, Lwm2mReadStep.Expect.VALUE))));
                    }
                    continue;
                }
                if (resource.operations() != Lwm2mOperations.W && resource.operations() != Lwm2mOperations.RW) {
                    continue;
                }
                Optional<DataType> type = object.model().properties().stream()
                        .filter(p -> p.identifier().equals(resource.identifier())).map(Property::dataType).findFirst()
                        .or(() -> Optional.ofNullable(serviceValueType(object, resource)));
                if (type.isEmpty()) {
                    continue;
                }
                Lwm2mWriteStep.Expect expect = g.expect() == Generation.Outcome.ACCEPTED ? Lwm2mWriteStep.Expect.WRITTEN
                        : Lwm2mWriteStep.Expect.REJECTED;
                for (GeneratedValue value : generator.values(type.get(), path)) {
                    Optional<JsonNode> written = lwm2mValue(value, resource.type());
                    if (written.isEmpty() || !families.selects(value.family())
                            || value.valid() != (g.expect() == Generation.Outcome.ACCEPTED)) {
                        continue;
                    }
                    cases.add(new GeneratedCase(base + "/" + value.family(),
                            parameters(path, resource, value.family(), written.get(), seed), given,
                            List.of(new Lwm2mWriteStep(at, CLIENT, path, g.format(), Map.of(resource.id(), written.get()),
                                    true, null, expect))));
                }
            }
        }
        return cases;
    }

    /** The models the clause names, or every LwM2M object model of the profile. */
    private static Map<String, Path> models(Profile profile, Generation g) {
        Map<String, Path> models = new LinkedHashMap<>(profile.lwm2mModelFiles());
        if (!g.objects().isEmpty()) {
            models.keySet().retainAll(g.objects());
        }
        return models;
    }

    /** A write-only resource is a service with one input, {@code value}, in the thing model. */
    private static DataType serviceValueType(Lwm2mObject object, Lwm2mResource resource) {
        return object.model().services().stream().filter(s -> s.identifier().equals(resource.identifier()))
                .flatMap(s -> s.inputData().stream()).map(org.thingconform.thingmodel.Parameter::dataType)
                .findFirst().orElse(null);
    }

    /**
     * The generated value as the JSON an LwM2M server's API is given for a resource of {@code type}, or empty when
     * the family means nothing for LwM2M. A boolean is JSON true/false (the thing model's 1/0); JSON true is no
     * wrong type for it, while 2 is. A time is an ISO-8601 instant in whole seconds (APIs disagree on what a bare
     * number counts: Leshan's takes milliseconds, the reference's seconds), so an ISO-8601 text is not malformed. Any JSON scalar has a text form, so a number is no wrong type for a string. A numeric string or a
     * whole float is left to the API's JSON, not LwM2M's types.
     */
    static Optional<JsonNode> lwm2mValue(GeneratedValue generated, Lwm2mType type) {
        String family = generated.family();
        JsonNode value = generated.value();
        switch (type) {
            case BOOLEAN -> {
                if (family.equals("invalid.wrong-type")) {
                    return Optional.empty();
                }
                return Optional.of(generated.valid() ? JSON.booleanNode(value.asInt() == 1) : value);
            }
            case TIME -> {
                if (family.equals("invalid.date-malformed")) {
                    return Optional.empty();
                }
                return Optional.of(generated.valid() ? JSON.textNode(java.time.Instant.ofEpochSecond(
                        Long.parseLong(value.asText()) / 1000).toString()) : value);
            }
            case STRING -> {
                return family.equals("invalid.wrong-type") ? Optional.empty() : Optional.of(value);
            }
            default -> {
                return family.equals("invalid.numeric-string") || family.equals("invalid.no-decimal-point")
                        || family.equals("invalid.off-step") ? Optional.empty() : Optional.of(value);
            }
        }
    }

    private static Map<String, String> parameters(String path, Lwm2mResource resource, String family, JsonNode value,
                                                  long seed) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("element", path + " (" + resource.name() + ")");
        parameters.put("dataType", resource.type().ddfName()
                + (resource.rangeEnumeration().isEmpty() ? "" : " range=" + resource.rangeEnumeration()));
        parameters.put("family", family);
        if (value != null) {
            parameters.put("value", value.toString());
            parameters.put("seed", String.valueOf(seed));
        }
        return parameters;
    }
}
