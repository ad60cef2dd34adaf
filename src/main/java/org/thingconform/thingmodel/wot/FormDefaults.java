package org.thingconform.thingmodel.wot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The defaults TD 1.1 gives a form that leaves a term out (§5.4 "Default Value Definitions" and
 * the HTTP binding's default methods): its operation types from the affordance, its content type,
 * and the HTTP method of an operation.
 */
public final class FormDefaults {

    /** {@code td-default-contentType}: a form without {@code contentType} carries JSON. */
    public static final String CONTENT_TYPE = "application/json";

    private FormDefaults() {
    }

    /**
     * The operation types of {@code form} of an affordance of {@code kind}: its {@code op} (a
     * string or a list), or the defaults: readproperty and writeproperty for a property (only one
     * when it is readOnly or writeOnly), invokeaction for an action, subscribeevent and
     * unsubscribeevent for an event.
     */
    public static List<String> ops(AffordanceKind kind, JsonNode affordance, JsonNode form) {
        JsonNode op = form.get("op");
        if (op != null && op.isTextual()) {
            return List.of(op.asText());
        }
        if (op != null && op.isArray()) {
            List<String> ops = new ArrayList<>();
            op.forEach(o -> ops.add(o.asText()));
            return ops;
        }
        return switch (kind) {
            case PROPERTY -> {
                boolean readOnly = affordance.path("readOnly").asBoolean(false);
                boolean writeOnly = affordance.path("writeOnly").asBoolean(false);
                yield readOnly ? List.of("readproperty") : writeOnly ? List.of("writeproperty")
                        : List.of("readproperty", "writeproperty");
            }
            case ACTION -> List.of("invokeaction");
            case EVENT -> List.of("subscribeevent", "unsubscribeevent");
        };
    }

    /** The content type of {@code form}: its {@code contentType} or {@link #CONTENT_TYPE}. */
    public static String contentType(JsonNode form) {
        JsonNode type = form.get("contentType");
        return type != null && type.isTextual() ? type.asText() : CONTENT_TYPE;
    }

    /**
     * {@code td-default-http-method}: the HTTP method of {@code op} on {@code form}: its
     * {@code htv:methodName}, else GET for reads, observations and subscriptions, PUT for
     * writes, POST for invokeaction, DELETE for unsubscribe and cancel.
     */
    public static String httpMethod(JsonNode form, String op) {
        JsonNode method = form.get("htv:methodName");
        if (method != null && method.isTextual()) {
            return method.asText();
        }
        return defaultMethod(op);
    }

    /**
     * The CoAP method of {@code op} on {@code form}: its {@code cov:method}, else the same
     * defaults as HTTP (GET reads, PUT writes, POST invokes; the CoAP binding's defaults).
     */
    public static String coapMethod(JsonNode form, String op) {
        JsonNode method = form.get("cov:method");
        if (method != null && method.isTextual()) {
            return method.asText();
        }
        return defaultMethod(op);
    }

    private static String defaultMethod(String op) {
        return switch (op) {
            case "writeproperty", "writeallproperties", "writemultipleproperties" -> "PUT";
            case "invokeaction" -> "POST";
            case "unobserveproperty", "unsubscribeevent", "cancelaction" -> "DELETE";
            default -> "GET";
        };
    }
}
