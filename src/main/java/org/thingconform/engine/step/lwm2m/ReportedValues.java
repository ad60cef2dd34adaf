package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Whether the value a server's API reports (JSON, as the API spells it) is the value the simulated
 * client holds: numbers by value (a float within a relative 1e-6, what a 4-byte float keeps), text as
 * text, booleans also as "true"/"false", times as an ISO-8601 instant or seconds (or milliseconds) since
 * the epoch, opaque bytes as hex or Base64; a value boxed in an object whose one member is {@code value} is
 * that member.
 */
final class ReportedValues {

    private static final double FLOAT_TOLERANCE = 1e-6;
    private static final long MILLIS_FROM = 100_000_000_000L;

    private ReportedValues() {
    }

    static boolean same(Object held, JsonNode reported) {
        if (reported == null || reported.isNull() || reported.isMissingNode()) {
            return false;
        }
        if (reported.isObject() && reported.size() == 1 && reported.has("value")) {
            // a boxed number, as Leshan's API writes an unsigned integer: {"value": 242}
            return same(held, reported.get("value"));
        }
        if (held instanceof Long l) {
            return number(reported) != null && number(reported) == l.doubleValue();
        }
        if (held instanceof Double d) {
            Double r = number(reported);
            return r != null && Math.abs(r - d) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(d));
        }
        if (held instanceof Boolean b) {
            return reported.isBoolean() ? reported.booleanValue() == b : reported.asText().equals(b.toString());
        }
        if (held instanceof Instant instant) {
            return instant(reported) != null && instant(reported).getEpochSecond() == instant.getEpochSecond();
        }
        if (held instanceof byte[] bytes) {
            String text = reported.asText();
            return text.equalsIgnoreCase(HexFormat.of().formatHex(bytes))
                    || text.equals(Base64.getEncoder().encodeToString(bytes));
        }
        return reported.isValueNode() && reported.asText().equals(String.valueOf(held));
    }

    private static Double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        try {
            return node.isTextual() ? Double.parseDouble(node.asText().trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(JsonNode node) {
        Double number = number(node);
        if (number != null) {
            long value = number.longValue();
            return value >= MILLIS_FROM ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        }
        try {
            return Instant.parse(node.asText());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
