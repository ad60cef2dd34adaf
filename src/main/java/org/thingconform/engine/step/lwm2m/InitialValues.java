package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.Profile;
import org.thingconform.protocol.lwm2m.Lwm2mModelFiles;
import org.thingconform.protocol.lwm2m.Lwm2mObjectTree;
import org.thingconform.thingmodel.Property;
import org.thingconform.thingmodel.generate.GenerationOptions;
import org.thingconform.thingmodel.generate.ValueGenerator;
import org.thingconform.thingmodel.lwm2m.ImportedObjects;
import org.thingconform.thingmodel.lwm2m.Lwm2mObject;
import org.thingconform.thingmodel.lwm2m.Lwm2mOperations;
import org.thingconform.thingmodel.lwm2m.Lwm2mResource;
import org.thingconform.thingmodel.lwm2m.Lwm2mType;

/**
 * A simulated LwM2M client's object tree: instance 0 of every object it has, each readable
 * single-value resource holding a valid value of its thing-model data type (the value generator's
 * nominal one, the same for every run, so a trace can be replayed). Opaque and link resources stay
 * empty: the thing model knows them only as text.
 */
final class InitialValues {

    private static final Set<Lwm2mType> VALUED = EnumSet.of(Lwm2mType.STRING, Lwm2mType.INTEGER,
            Lwm2mType.UNSIGNED_INTEGER, Lwm2mType.FLOAT, Lwm2mType.BOOLEAN, Lwm2mType.TIME);
    private static final Set<Lwm2mOperations> READABLE = EnumSet.of(Lwm2mOperations.R, Lwm2mOperations.RW);
    private static final long SEED = 0;
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private InitialValues() {
    }

    static Lwm2mObjectTree tree(List<Path> files, Profile profile) {
        Lwm2mObjectTree tree;
        try {
            tree = Lwm2mModelFiles.tree(files);
        } catch (IllegalArgumentException e) {
            throw StepFailure.error(e.getMessage());
        }
        ValueGenerator values = new ValueGenerator(new GenerationOptions(SEED, false, EPOCH));
        for (Path file : files) {
            Lwm2mObject object = imported(file);
            for (Lwm2mResource resource : object.resources().values()) {
                if (!READABLE.contains(resource.operations()) || resource.multiple() || !resource.inThingModel()
                        || !VALUED.contains(resource.type())) {
                    continue;
                }
                Optional<Property> property = object.model().properties().stream()
                        .filter(p -> p.identifier().equals(resource.identifier())).findFirst();
                if (property.isEmpty()) {
                    continue;
                }
                String path = "/" + object.id() + "/0/" + resource.id();
                tree.set(path, plain(values.nominal(property.get().dataType(), path), resource.type()));
            }
        }
        return tree;
    }

    /** The object model in {@code file}, imported once per file and modification time. */
    static Lwm2mObject imported(Path file) {
        try {
            return ImportedObjects.of(file);
        } catch (java.io.UncheckedIOException e) {
            throw StepFailure.error(e.getMessage());
        }
    }

    /** The generated JSON value as the plain Java value the tree converts to the resource's type. */
    private static Object plain(JsonNode value, Lwm2mType type) {
        if (type == Lwm2mType.TIME) {
            // the thing model's DATE is UTC milliseconds, as a number or its text
            String text = value.asText();
            return text.chars().allMatch(Character::isDigit) ? Instant.ofEpochMilli(Long.parseLong(text))
                    : Instant.parse(text);
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        return value.asText();
    }
}
