package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.thingconform.source.SourceLocation;

/**
 * Create through the server: the step asks the server's API ({@code create}) for a new instance of an
 * object of the client with resource values, and checks the POST on the object on the wire, the API's
 * success and that the client then has the instance with those values.
 *
 * @param object   the object id, e.g. 3303 (an object with multiple instances)
 * @param instance the new instance's id
 * @param values   the resource values of the new instance, by resource id
 */
public record Lwm2mCreateStep(SourceLocation location, String client, int object, int instance,
                              Map<Integer, JsonNode> values) implements Lwm2mManagementStep {

    public Lwm2mCreateStep {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The object the Create is sent to, e.g. {@code /3303}. */
    @Override
    public String path() {
        return "/" + object;
    }

    @Override
    public String kind() {
        return "lwm2mCreate";
    }
}
