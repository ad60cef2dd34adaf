package org.thingconform.reference.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.model.ResourceModel.Type;

/**
 * What a lax server makes of a value that does not fit the resource's type, for the fault
 * {@link Lwm2mFault#WRITE_COERCES_VALUES}: a boolean becomes 1 or 0, a fraction its whole part, a number a
 * boolean (non-zero is true), anything a text. The value is then written as if it had been valid.
 */
final class CoercedValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CoercedValues() {
    }

    static JsonNode coerce(JsonNode json, ResourceModel model) {
        if (json == null || model == null || Boolean.TRUE.equals(model.multiple)) {
            return json;
        }
        Type type = model.type;
        return switch (type) {
            case INTEGER, UNSIGNED_INTEGER, TIME -> json.isBoolean() ? JSON.numberNode(json.booleanValue() ? 1 : 0)
                    : json.isNumber() ? JSON.numberNode(json.longValue()) : json;
            case BOOLEAN -> json.isNumber() ? JSON.booleanNode(json.doubleValue() != 0) : json;
            case STRING -> json.isValueNode() ? JSON.textNode(json.asText()) : json;
            default -> json;
        };
    }
}
