package org.thingconform.reference.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.leshan.core.link.DefaultLinkParser;
import org.eclipse.leshan.core.link.DefaultLinkSerializer;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.link.LinkParseException;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObject;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.util.datatype.ULong;

/**
 * The northbound API's JSON for LwM2M values, both ways: a resource value is a JSON scalar (TIME as
 * ISO-8601, OPAQUE as hex, OBJLNK as "o:i"), a multiple resource an object keyed by instance id, an
 * object instance an object keyed by resource id. JSON is read against the object model's types.
 */
final class NodeJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private NodeJson() {
    }

    /** The JSON of a resource's value (an object of instances for a multiple resource). */
    static JsonNode resource(LwM2mResource resource) {
        if (resource.isMultiInstances()) {
            ObjectNode instances = JSON.objectNode();
            for (Map.Entry<Integer, LwM2mResourceInstance> entry : resource.getInstances().entrySet()) {
                instances.set(entry.getKey().toString(), value(entry.getValue().getValue()));
            }
            return instances;
        }
        return value(resource.getValue());
    }

    /** An object instance's resources, keyed by resource id. */
    static ObjectNode resources(LwM2mObjectInstance instance) {
        ObjectNode resources = JSON.objectNode();
        for (Map.Entry<Integer, LwM2mResource> entry : instance.getResources().entrySet()) {
            resources.set(entry.getKey().toString(), resource(entry.getValue()));
        }
        return resources;
    }

    /** An object's instances, each as {@link #resources}. */
    static ObjectNode instances(LwM2mObject object) {
        ObjectNode instances = JSON.objectNode();
        for (Map.Entry<Integer, LwM2mObjectInstance> entry : object.getInstances().entrySet()) {
            instances.set(entry.getKey().toString(), resources(entry.getValue()));
        }
        return instances;
    }

    /** Adds {@code node} to {@code body} as {@code value}, {@code resources} or {@code instances}. */
    static void put(ObjectNode body, LwM2mNode node) {
        if (node instanceof LwM2mResource resource) {
            body.set("value", resource(resource));
        } else if (node instanceof LwM2mResourceInstance instance) {
            body.set("value", value(instance.getValue()));
        } else if (node instanceof LwM2mObjectInstance instance) {
            body.set("resources", resources(instance));
        } else if (node instanceof LwM2mObject object) {
            body.set("instances", instances(object));
        }
    }

    static JsonNode value(Object value) {
        if (value == null) {
            return JSON.nullNode();
        } else if (value instanceof String text) {
            return JSON.textNode(text);
        } else if (value instanceof Boolean bool) {
            return JSON.booleanNode(bool);
        } else if (value instanceof Long number) {
            return JSON.numberNode(number);
        } else if (value instanceof Double number) {
            return JSON.numberNode(number);
        } else if (value instanceof ULong number) {
            return JSON.numberNode(new BigInteger(number.toString()));
        } else if (value instanceof Date date) {
            return JSON.textNode(date.toInstant().toString());
        } else if (value instanceof byte[] bytes) {
            return JSON.textNode(HexFormat.of().formatHex(bytes));
        } else if (value instanceof ObjectLink link) {
            return JSON.textNode(link.getObjectId() + ":" + link.getObjectInstanceId());
        } else if (value instanceof Link[] links) {
            return JSON.textNode(new DefaultLinkSerializer().serializeCoreLinkFormat(links));
        }
        return JSON.textNode(value.toString());
    }

    /** Resource {@code resourceId} of object {@code objectId} from its JSON, typed by the model. */
    static LwM2mResource toResource(int objectId, int resourceId, JsonNode json, LwM2mModel model) {
        ResourceModel resourceModel = model.getResourceModel(objectId, resourceId);
        if (resourceModel == null) {
            throw new ApiError(400, "object " + objectId + " has no resource " + resourceId + " in the client's model");
        }
        Type type = resourceModel.type;
        if (Boolean.TRUE.equals(resourceModel.multiple)) {
            if (!json.isObject()) {
                throw new ApiError(400, "resource /" + objectId + "/x/" + resourceId
                        + " is multiple: give an object of instances like {\"0\": ...}");
            }
            Map<Integer, Object> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                values.put(id(entry.getKey()), typed(entry.getValue(), type, resourceModel));
            }
            return LwM2mMultipleResource.newResource(resourceId, values, type);
        }
        return LwM2mSingleResource.newResource(resourceId, typed(json, type, resourceModel), type);
    }

    /** Instance {@code instanceId} of object {@code objectId} from a JSON object keyed by resource id. */
    static LwM2mObjectInstance toInstance(int objectId, int instanceId, JsonNode resources, LwM2mModel model) {
        if (resources == null || !resources.isObject()) {
            throw new ApiError(400, "give the instance's resources as {\"resources\": {\"<id>\": value}}");
        }
        List<LwM2mResource> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            list.add(toResource(objectId, id(entry.getKey()), entry.getValue(), model));
        }
        return new LwM2mObjectInstance(instanceId, list);
    }

    private static int id(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new ApiError(400, "'" + key + "' is not a numeric LwM2M id");
        }
    }

    private static Object typed(JsonNode json, Type type, ResourceModel model) {
        String where = "resource " + model.id + " (" + model.name + ", " + type + ")";
        switch (type) {
            case STRING:
                if (json.isTextual()) {
                    return json.textValue();
                }
                break;
            case INTEGER:
                if (json.isIntegralNumber() && json.canConvertToLong()) {
                    return json.longValue();
                }
                break;
            case UNSIGNED_INTEGER:
                if (json.isIntegralNumber() && json.bigIntegerValue().signum() >= 0) {
                    return ULong.valueOf(json.bigIntegerValue());
                }
                break;
            case FLOAT:
                if (json.isNumber()) {
                    return json.doubleValue();
                }
                break;
            case BOOLEAN:
                if (json.isBoolean()) {
                    return json.booleanValue();
                }
                break;
            case TIME:
                if (json.isIntegralNumber()) {
                    return new Date(json.longValue() * 1000);
                }
                if (json.isTextual()) {
                    try {
                        return Date.from(Instant.parse(json.textValue()));
                    } catch (DateTimeParseException e) {
                        break;
                    }
                }
                break;
            case OPAQUE:
                if (json.isTextual()) {
                    try {
                        return HexFormat.of().parseHex(json.textValue());
                    } catch (IllegalArgumentException e) {
                        break;
                    }
                }
                break;
            case OBJLNK:
                if (json.isTextual() && json.textValue().matches("\\d+:\\d+")) {
                    String[] parts = json.textValue().split(":");
                    return new ObjectLink(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                }
                break;
            case CORELINK:
                if (json.isTextual()) {
                    try {
                        return new DefaultLinkParser().parseCoreLinkFormat(json.textValue().getBytes());
                    } catch (LinkParseException e) {
                        break;
                    }
                }
                break;
            default:
                throw new ApiError(400, where + " takes no value (it is executable)");
        }
        throw new ApiError(400, where + ": " + json + " is not a valid value (" + expected(type) + ")");
    }

    private static String expected(Type type) {
        return switch (type) {
            case STRING -> "a JSON string";
            case INTEGER -> "a JSON integer";
            case UNSIGNED_INTEGER -> "a non-negative JSON integer";
            case FLOAT -> "a JSON number";
            case BOOLEAN -> "true or false";
            case TIME -> "epoch seconds or an ISO-8601 instant";
            case OPAQUE -> "a hex string";
            case OBJLNK -> "\"objectId:instanceId\"";
            case CORELINK -> "a CoRE link format string";
            default -> "nothing";
        };
    }
}
