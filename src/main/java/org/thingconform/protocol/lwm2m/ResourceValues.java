package org.thingconform.protocol.lwm2m;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.util.datatype.ULong;

/**
 * Turns a plain Java value given for a resource (a number, text, boolean, instant, bytes)
 * into the Java type Leshan's nodes hold for the resource's model type, so callers can write
 * initial values as a simple map of path to value.
 */
final class ResourceValues {

    private ResourceValues() {
    }

    /** {@code value} as Leshan holds a value of {@code model}'s type; {@code where} names the path for errors. */
    static Object typed(ResourceModel model, Object value, String where) {
        try {
            return switch (model.type) {
                case STRING -> String.valueOf(value);
                case INTEGER -> value instanceof Number n ? n.longValue() : Long.parseLong(text(value));
                case UNSIGNED_INTEGER -> value instanceof ULong u ? u
                        : ULong.valueOf(value instanceof Number n ? String.valueOf(n.longValue()) : text(value));
                case FLOAT -> value instanceof Number n ? n.doubleValue() : Double.parseDouble(text(value));
                case BOOLEAN -> value instanceof Boolean b ? b : parseBoolean(text(value));
                case TIME -> time(value);
                case OPAQUE -> value instanceof byte[] bytes ? bytes.clone() : Base64.getDecoder().decode(text(value));
                case OBJLNK -> value instanceof ObjectLink link ? link : ObjectLink.decodeFromString(text(value));
                case CORELINK -> value instanceof Link[] links ? links.clone() : fail(model, value, where);
                case NONE -> fail(model, value, where);
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("value " + value + " for " + where + " (" + model.name + ") is not a "
                    + model.type + ": " + e.getMessage(), e);
        }
    }

    private static String text(Object value) {
        return String.valueOf(value).trim();
    }

    private static Boolean parseBoolean(String text) {
        if (text.equals("true") || text.equals("1")) {
            return true;
        }
        if (text.equals("false") || text.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException("expected true/false or 1/0");
    }

    private static Date time(Object value) {
        if (value instanceof Date date) {
            return new Date(date.getTime());
        }
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof Number seconds) {
            return new Date(seconds.longValue() * 1000);
        }
        return Date.from(Instant.parse(text(value)));
    }

    private static Object fail(ResourceModel model, Object value, String where) {
        throw new IllegalArgumentException("resource " + where + " (" + model.name + ") of type " + model.type
                + " cannot hold " + value.getClass().getSimpleName() + " " + value);
    }
}
