package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.thingconform.profile.Profile;
import org.thingconform.thingmodel.lwm2m.Lwm2mObject;
import org.thingconform.thingmodel.lwm2m.Lwm2mResource;

/**
 * The JSON parameters a Write or a Create gives the server's API for resource values, in every shape a
 * descriptor's body template may pick from (see {@code Lwm2mServerDescriptor}): the flat {@code value} or
 * {@code resources} map the reference's API takes, and the node form that APIs such as Leshan's take, where
 * each value carries its resource id and its LwM2M type. The type is the DDF's {@code <Type>} lowercased
 * ({@code string}, {@code integer}, {@code unsigned integer}, {@code float}, {@code boolean}, {@code opaque},
 * {@code time}, {@code objlnk}, {@code corelnk}) from the profile's object model of the object; a resource no
 * model of the profile describes has no {@code type}.
 */
final class ValueParams {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ValueParams() {
    }

    /** {@code {"id": r, "value": v, "type": t}} for resource {@code r} of object {@code object}. */
    static ObjectNode resource(Profile profile, int object, int resource, JsonNode value) {
        ObjectNode params = JSON.objectNode();
        params.put("id", resource);
        params.set("value", value);
        type(profile, object, resource).ifPresent(t -> params.put("type", t));
        return params;
    }

    /**
     * Adds to {@code params} the values of an instance of {@code object}: {@code "resources": {"r": v, …}} and
     * {@code "nodes": [{"id": r, "value": v, "type": t}, …]}, in resource id order.
     */
    static ObjectNode instance(ObjectNode params, Profile profile, int object, Map<Integer, JsonNode> values) {
        ObjectNode resources = params.putObject("resources");
        ArrayNode nodes = params.putArray("nodes");
        values.forEach((id, value) -> {
            resources.set(String.valueOf(id), value);
            nodes.add(resource(profile, object, id, value));
        });
        return params;
    }

    /** The lowercased DDF type of resource {@code resource} of object {@code object}, when a model has it. */
    static Optional<String> type(Profile profile, int object, int resource) {
        for (Path file : profile.lwm2mModelFiles().values()) {
            Lwm2mObject model = InitialValues.imported(file);
            if (model.id() == object) {
                return model.resource(resource).map(Lwm2mResource::type).map(t -> t.ddfName().toLowerCase(Locale.ROOT))
                        .filter(t -> !t.isEmpty());
            }
        }
        return Optional.empty();
    }
}
