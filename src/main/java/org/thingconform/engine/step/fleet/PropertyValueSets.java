package org.thingconform.engine.step.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.thingconform.thingmodel.Property;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.generate.GeneratedValue;
import org.thingconform.thingmodel.generate.GenerationOptions;
import org.thingconform.thingmodel.generate.ValueGenerator;

/**
 * The few property-value sets a device fleet posts: each set holds every property of the thing model with one of
 * its valid values (nominal, boundaries, enum keys, text at full length, as the generated clauses send them, from
 * the same seeded generator), so the platform under load checks and stores real posts rather than one value over
 * and over, and a refusal can only be the platform's.
 */
final class PropertyValueSets {

    /** How many sets a fleet cycles through. */
    static final int COUNT = 4;

    private PropertyValueSets() {
    }

    /** {@value #COUNT} sets for the devices of {@code role} of {@code model}, from seed {@code seed}. */
    static List<ObjectNode> of(ThingModel model, String role, long seed) {
        ValueGenerator generator = new ValueGenerator(new GenerationOptions(seed, false, Instant.now()));
        List<List<JsonNode>> valid = new ArrayList<>();
        for (Property property : model.properties()) {
            valid.add(generator.values(property.dataType(), role + "/" + property.identifier()).stream()
                    .filter(GeneratedValue::valid).map(GeneratedValue::value).toList());
        }
        List<ObjectNode> sets = new ArrayList<>(COUNT);
        for (int set = 0; set < COUNT; set++) {
            ObjectNode values = JsonNodeFactory.instance.objectNode();
            for (int p = 0; p < valid.size(); p++) {
                List<JsonNode> choices = valid.get(p);
                if (!choices.isEmpty()) {
                    values.set(model.properties().get(p).identifier(), choices.get(set % choices.size()));
                }
            }
            sets.add(values);
        }
        return List.copyOf(sets);
    }
}
