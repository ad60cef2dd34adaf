package org.thingconform.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares values the profile expects with values the platform returned. Numbers are
 * equal when numerically equal (220.0 and 220 as written in different JSON encoders);
 * everything else by JSON equality. Mismatches are described for verdict reasons.
 */
public final class JsonMatch {

    private JsonMatch() {
    }

    /** Whether two JSON values are the same value. */
    public static boolean same(JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.asText())) == 0;
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (!same(e.getValue(), actual.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!same(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    /**
     * The members of {@code expected} that {@code actual} lacks or holds with another
     * value, as "name: expected X, observed Y" lines; empty when all match.
     */
    public static List<String> missingOrDifferent(JsonNode expected, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        expected.fields().forEachRemaining(e -> {
            JsonNode observed = actual == null ? null : actual.get(e.getKey());
            if (observed == null || observed.isMissingNode()) {
                problems.add(e.getKey() + ": expected " + e.getValue() + ", observed nothing");
            } else if (!same(e.getValue(), observed)) {
                problems.add(e.getKey() + ": expected " + e.getValue() + ", observed " + observed);
            }
        });
        return problems;
    }

    /** Members of {@code actual} that {@code expected} does not have. */
    public static List<String> extraMembers(JsonNode expected, JsonNode actual) {
        List<String> extra = new ArrayList<>();
        if (actual != null && actual.isObject()) {
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    extra.add(name + "=" + actual.get(name));
                }
            });
        }
        return extra;
    }
}
