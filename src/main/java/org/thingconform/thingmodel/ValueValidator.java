package org.thingconform.thingmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a JSON value against a thing-model {@link DataType} with the Alink rules, so the
 * reference platform, the simulated device and the clause tests agree on what a valid
 * value is. A result is empty when the value is valid, or a human reason such as
 * {@code value 500.0 is above max 480}.
 *
 * <p>Rules: int is a JSON integer within min/max; float and double are JSON numbers that
 * carry a decimal point ({@code 10.0}, not {@code 10}) within min/max; text is a string of
 * at most {@code length} characters; date is a string of digits (UTC milliseconds); bool is
 * the integer 0 or 1; enum is an integer that is a key of the labels; struct is an object
 * with exactly the declared members, each valid; array holds at most {@code size} items,
 * each valid for {@code item}.
 *
 * <p>{@code step} is not checked: whether a step is normative differs between platforms,
 * so it will become a profile parameter (later issue).
 */
public final class ValueValidator {

    private static final ValueValidator STRICT = new ValueValidator(true);
    private static final ValueValidator IGNORING_RANGE = new ValueValidator(false);
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final boolean checkRange;

    private ValueValidator(boolean checkRange) {
        this.checkRange = checkRange;
    }

    /** A validator applying every rule. */
    public static ValueValidator strict() {
        return STRICT;
    }

    /**
     * A validator that skips the min/max check of numeric values and applies every other
     * rule; for a platform deliberately violating range checks, and for generating
     * out-of-range test values that are otherwise well-formed.
     */
    public static ValueValidator ignoringRange() {
        return IGNORING_RANGE;
    }

    /** Why {@code value} is not a valid value of {@code type}; empty when it is valid. */
    public Optional<String> validate(JsonNode value, DataType type) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.of("value is null, expected " + type.kind().tslName());
        }
        return switch (type.kind()) {
            case INT -> integer(value, type);
            case FLOAT, DOUBLE -> decimal(value, type);
            case TEXT -> text(value, type);
            case DATE -> date(value);
            case BOOL -> bool(value);
            case ENUM -> enumeration(value, type);
            case STRUCT -> struct(value, type);
            case ARRAY -> array(value, type);
        };
    }

    /**
     * Why {@code params} is not a valid parameter object for {@code declared} (service
     * input, service or event output); empty when valid. Every member must be a declared
     * parameter with a valid value; declared parameters may be left out.
     */
    public Optional<String> validateParameters(JsonNode params, List<Parameter> declared) {
        Map<String, DataType> types = new LinkedHashMap<>();
        declared.forEach(p -> types.put(p.identifier(), p.dataType()));
        return validateMembers(params, types, "parameter");
    }

    /**
     * Why {@code params} is not a valid property object ({@code {identifier: value}}) for
     * {@code declared}; empty when valid. Every member must be a declared property with a
     * valid value; properties may be left out.
     */
    public Optional<String> validateProperties(JsonNode params, List<Property> declared) {
        Map<String, DataType> types = new LinkedHashMap<>();
        declared.forEach(p -> types.put(p.identifier(), p.dataType()));
        return validateMembers(params, types, "property");
    }

    private Optional<String> validateMembers(JsonNode params, Map<String, DataType> types, String what) {
        if (params == null || !params.isObject()) {
            return Optional.of("params must be a JSON object, got " + describe(params));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            DataType type = types.get(member.getKey());
            if (type == null) {
                return Optional.of("unknown " + what + " '" + member.getKey() + "'");
            }
            Optional<String> problem = validate(member.getValue(), type);
            if (problem.isPresent()) {
                return Optional.of(what + " '" + member.getKey() + "': " + problem.get());
            }
        }
        return Optional.empty();
    }

    private Optional<String> integer(JsonNode value, DataType type) {
        if (!value.isIntegralNumber()) {
            return Optional.of("value " + describe(value) + " is not an integer");
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(INT_MIN) < 0 || number.compareTo(INT_MAX) > 0) {
            return Optional.of("value " + describe(value) + " does not fit a 32-bit int");
        }
        return range(value, number, type);
    }

    private Optional<String> decimal(JsonNode value, DataType type) {
        if (!value.isFloatingPointNumber()) {
            return Optional.of("value " + describe(value) + " is not a " + type.kind().tslName()
                    + (value.isIntegralNumber() ? " (it must carry a decimal point, e.g. " + describe(value) + ".0)" : ""));
        }
        return range(value, value.decimalValue(), type);
    }

    private Optional<String> range(JsonNode value, BigDecimal number, DataType type) {
        if (!checkRange) {
            return Optional.empty();
        }
        if (type.min().isPresent() && number.compareTo(type.min().get()) < 0) {
            return Optional.of("value " + describe(value) + " is below min " + type.min().get().toPlainString());
        }
        if (type.max().isPresent() && number.compareTo(type.max().get()) > 0) {
            return Optional.of("value " + describe(value) + " is above max " + type.max().get().toPlainString());
        }
        return Optional.empty();
    }

    private Optional<String> text(JsonNode value, DataType type) {
        if (!value.isTextual()) {
            return Optional.of("value " + describe(value) + " is not a string");
        }
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        if (type.length().isPresent() && length > type.length().get()) {
            return Optional.of("text of " + length + " characters is longer than length " + type.length().get());
        }
        return Optional.empty();
    }

    private Optional<String> date(JsonNode value) {
        if (!value.isTextual() || !value.textValue().matches("\\d{1,19}")) {
            return Optional.of("value " + describe(value) + " is not a date (a string of UTC milliseconds, e.g. \"1700000000000\")");
        }
        return Optional.empty();
    }

    private Optional<String> bool(JsonNode value) {
        if (!value.isIntegralNumber() || !(value.decimalValue().signum() == 0
                || value.decimalValue().compareTo(BigDecimal.ONE) == 0)) {
            return Optional.of("value " + describe(value) + " is not a bool (the integer 0 or 1)");
        }
        return Optional.empty();
    }

    private Optional<String> enumeration(JsonNode value, DataType type) {
        if (!value.isIntegralNumber()) {
            return Optional.of("value " + describe(value) + " is not an enum value (an integer)");
        }
        String key = value.bigIntegerValue().toString();
        if (!type.labels().containsKey(key)) {
            return Optional.of("value " + describe(value) + " is not one of the enum values " + new TreeSet<>(type.labels().keySet()));
        }
        return Optional.empty();
    }

    private Optional<String> struct(JsonNode value, DataType type) {
        if (!value.isObject()) {
            return Optional.of("value " + describe(value) + " is not a struct (a JSON object)");
        }
        Set<String> seen = new TreeSet<>();
        for (DataType.Member member : type.members()) {
            JsonNode memberValue = value.get(member.identifier());
            if (memberValue == null) {
                return Optional.of("struct member '" + member.identifier() + "' is missing");
            }
            Optional<String> problem = validate(memberValue, member.dataType());
            if (problem.isPresent()) {
                return Optional.of("struct member '" + member.identifier() + "': " + problem.get());
            }
            seen.add(member.identifier());
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!seen.contains(name)) {
                return Optional.of("struct member '" + name + "' is not declared");
            }
        }
        return Optional.empty();
    }

    private Optional<String> array(JsonNode value, DataType type) {
        if (!value.isArray()) {
            return Optional.of("value " + describe(value) + " is not an array");
        }
        if (type.size().isPresent() && value.size() > type.size().get()) {
            return Optional.of("array of " + value.size() + " items is larger than size " + type.size().get());
        }
        if (type.item().isPresent()) {
            for (int i = 0; i < value.size(); i++) {
                Optional<String> problem = validate(value.get(i), type.item().get());
                if (problem.isPresent()) {
                    return Optional.of("item " + i + ": " + problem.get());
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
