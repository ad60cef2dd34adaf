package org.thingconform.thingmodel.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.thingconform.thingmodel.DataKind;
import org.thingconform.thingmodel.DataType;

/**
 * Generates the valid, boundary and invalid values of a data type, each labelled with
 * its family. Deterministic: the same options and element path give the same values.
 * Float and double values always carry a decimal point (Alink's rule); the
 * {@code invalid.no-decimal-point} family is the one exception, on purpose.
 */
public final class ValueGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int DEFAULT_TEXT_LENGTH = 64;

    private final GenerationOptions options;

    public ValueGenerator(GenerationOptions options) {
        this.options = options;
    }

    /** Every value of every family for {@code type}; {@code path} (e.g. "meter/voltage") seeds the choice. */
    public List<GeneratedValue> values(DataType type, String path) {
        Random random = new Random(options.seed() ^ path.hashCode());
        List<GeneratedValue> out = new ArrayList<>();
        switch (type.kind()) {
            case INT, FLOAT, DOUBLE -> numeric(type, random, out);
            case TEXT -> text(type, random, out);
            case DATE -> date(random, out);
            case BOOL -> bool(out);
            case ENUM -> enumeration(type, out);
            case STRUCT -> struct(type, path, out);
            case ARRAY -> array(type, path, out);
            default -> throw new IllegalStateException("no generator for " + type.kind());
        }
        return out;
    }

    /** One valid value of the type, as sent when a test needs "any valid value". */
    public JsonNode nominal(DataType type, String path) {
        return values(type, path).stream().filter(v -> v.family().equals("valid.nominal")).findFirst()
                .orElseThrow().value();
    }

    /**
     * The first invalid value of the type, for an invalid struct member: one every platform must
     * reject, so neither an off-step value (invalid only with a normative step) nor a numeric
     * string (a platform may coerce it).
     */
    private JsonNode firstInvalid(DataType type, String path) {
        return values(type, path).stream().filter(v -> !v.valid())
                .filter(v -> !v.family().equals("invalid.off-step") && !v.family().equals("invalid.numeric-string"))
                .findFirst().orElseThrow().value();
    }

    private void numeric(DataType type, Random random, List<GeneratedValue> out) {
        boolean integer = type.kind() == DataKind.INT;
        BigDecimal lowest = integer ? BigDecimal.valueOf(-1000) : BigDecimal.valueOf(-1000.0);
        BigDecimal min = type.min().orElse(type.max().map(lowest::min).orElse(lowest));
        BigDecimal max = type.max().orElse(min.max(integer ? BigDecimal.valueOf(1000) : BigDecimal.valueOf(1000.0)));
        BigDecimal step = type.step().filter(s -> s.signum() > 0).orElse(integer ? BigDecimal.ONE : new BigDecimal("0.1"));
        long steps = max.subtract(min).divide(step, 0, RoundingMode.FLOOR).min(BigDecimal.valueOf(Long.MAX_VALUE))
                .longValueExact();
        BigDecimal nominal = min.add(step.multiply(BigDecimal.valueOf(steps <= 0 ? 0 : 1 + (long) (random.nextDouble() * (steps - 1)))));
        out.add(number("valid.nominal", nominal, integer, "a step-aligned value in range"));
        out.add(number("valid.min", min, integer, "the minimum"));
        out.add(number("valid.max", max, integer, "the maximum"));
        if (min.add(step).compareTo(max) <= 0) {
            out.add(number("valid.step", min.add(step), integer, "one step above the minimum"));
        }
        BigDecimal outside = integer ? BigDecimal.ONE.max(step) : step;
        if (type.min().isPresent()) {
            out.add(number("invalid.below-min", min.subtract(outside), integer, "below the minimum"));
        }
        if (type.max().isPresent()) {
            out.add(number("invalid.above-max", max.add(outside), integer, "above the maximum"));
        }
        BigDecimal half = step.divide(BigDecimal.valueOf(2));
        if (options.stepNormative() && type.step().isPresent() && (!integer || half.stripTrailingZeros().scale() <= 0 && half.signum() > 0)
                && min.add(half).compareTo(max) < 0) {
            out.add(number("invalid.off-step", min.add(half), integer, "between two steps"));
        }
        out.add(new GeneratedValue("invalid.numeric-string", NODES.textNode(plain(nominal, integer)),
                "the nominal number as a JSON string", number("valid.nominal", nominal, integer, "").value()));
        out.add(new GeneratedValue("invalid.wrong-type", NODES.booleanNode(true), "a JSON boolean"));
        if (!integer) {
            BigDecimal whole = nominal.setScale(0, RoundingMode.FLOOR);
            if (whole.compareTo(min) < 0) {
                whole = whole.add(BigDecimal.ONE);
            }
            if (whole.compareTo(max) <= 0) {
                out.add(new GeneratedValue("invalid.no-decimal-point", NODES.numberNode(whole.toBigIntegerExact()),
                        whole.toPlainString() + " without a decimal point"));
            }
        } else {
            out.add(new GeneratedValue("invalid.fraction", NODES.numberNode(nominal.add(new BigDecimal("0.5"))),
                    "a fraction where an integer is required"));
        }
    }

    private void text(DataType type, Random random, List<GeneratedValue> out) {
        int length = type.length().orElse(DEFAULT_TEXT_LENGTH);
        out.add(new GeneratedValue("valid.nominal", NODES.textNode(word(random, Math.min(8, length))), "a short text"));
        out.add(new GeneratedValue("valid.text-max", NODES.textNode(word(random, length)), length + " characters"));
        if (type.length().isPresent()) {
            out.add(new GeneratedValue("invalid.text-too-long", NODES.textNode(word(random, length + 1)),
                    (length + 1) + " characters, one over the length"));
        }
        out.add(new GeneratedValue("invalid.wrong-type", NODES.numberNode(42), "a JSON number"));
    }

    private void date(Random random, List<GeneratedValue> out) {
        long now = options.now().toEpochMilli();
        out.add(new GeneratedValue("valid.nominal", NODES.textNode(String.valueOf(now)), "now, as UTC milliseconds"));
        long earlier = now - 86_400_000L * (1 + random.nextInt(30));
        out.add(new GeneratedValue("valid.date-in-range", NODES.textNode(String.valueOf(earlier)), "some days ago"));
        out.add(new GeneratedValue("invalid.date-malformed", NODES.textNode("2026-11-22T10:00:00Z"),
                "an ISO-8601 text instead of milliseconds"));
        out.add(new GeneratedValue("invalid.wrong-type", NODES.booleanNode(false), "a JSON boolean"));
    }

    private void bool(List<GeneratedValue> out) {
        out.add(new GeneratedValue("valid.nominal", NODES.numberNode(1), "1"));
        out.add(new GeneratedValue("valid.bool-0", NODES.numberNode(0), "0"));
        out.add(new GeneratedValue("invalid.enum-unknown", NODES.numberNode(2), "2, neither 0 nor 1"));
        out.add(new GeneratedValue("invalid.wrong-type", NODES.booleanNode(true), "JSON true instead of 1"));
    }

    private void enumeration(DataType type, List<GeneratedValue> out) {
        List<String> keys = type.labels().keySet().stream().sorted((a, b) -> Integer.compare(Integer.parseInt(a),
                Integer.parseInt(b))).toList();
        out.add(new GeneratedValue("valid.nominal", NODES.numberNode(Integer.parseInt(keys.get(0))),
                keys.get(0) + " (" + type.labels().get(keys.get(0)) + ")"));
        for (String key : keys) {
            out.add(new GeneratedValue("valid.enum-" + key, NODES.numberNode(Integer.parseInt(key)),
                    key + " (" + type.labels().get(key) + ")"));
        }
        int unknown = Integer.parseInt(keys.get(keys.size() - 1)) + 1;
        out.add(new GeneratedValue("invalid.enum-unknown", NODES.numberNode(unknown), unknown + ", not a key"));
        out.add(new GeneratedValue("invalid.wrong-type", NODES.textNode(keys.get(0)), "the key as a JSON string"));
    }

    private void struct(DataType type, String path, List<GeneratedValue> out) {
        ObjectNode full = NODES.objectNode();
        type.members().forEach(m -> full.set(m.identifier(), nominal(m.dataType(), path + "/" + m.identifier())));
        out.add(new GeneratedValue("valid.nominal", full, "every member valid"));
        if (!type.members().isEmpty()) {
            DataType.Member first = type.members().get(0);
            ObjectNode missing = full.deepCopy();
            missing.remove(first.identifier());
            out.add(new GeneratedValue("invalid.struct-missing-member", missing, "without member " + first.identifier()));
            ObjectNode invalid = full.deepCopy();
            invalid.set(first.identifier(), firstInvalid(first.dataType(), path + "/" + first.identifier()));
            out.add(new GeneratedValue("invalid.struct-invalid-member", invalid, "member " + first.identifier()
                    + " invalid"));
        }
        ObjectNode unknown = full.deepCopy();
        String undeclared = "unknownMember";
        while (full.has(undeclared)) {
            undeclared += "_";
        }
        unknown.put(undeclared, 1);
        out.add(new GeneratedValue("invalid.struct-unknown-member", unknown, "with an undeclared member"));
        out.add(new GeneratedValue("invalid.wrong-type", NODES.arrayNode(), "a JSON array"));
    }

    private void array(DataType type, String path, List<GeneratedValue> out) {
        DataType item = type.item().orElseThrow();
        JsonNode one = nominal(item, path + "[]");
        int size = type.size().orElse(8);
        out.add(new GeneratedValue("valid.nominal", repeat(one, 1), "one valid item"));
        out.add(new GeneratedValue("valid.array-max", repeat(one, size), size + " items"));
        if (type.size().isPresent()) {
            out.add(new GeneratedValue("invalid.array-too-long", repeat(one, size + 1), (size + 1) + " items, one over"));
        }
        ArrayNode wrongItem = NODES.arrayNode();
        wrongItem.add(item.kind() == DataKind.TEXT ? NODES.numberNode(7) : NODES.textNode("x"));
        out.add(new GeneratedValue("invalid.array-wrong-item", wrongItem, "an item of the wrong type"));
        out.add(new GeneratedValue("invalid.wrong-type", NODES.objectNode(), "a JSON object"));
    }

    private static ArrayNode repeat(JsonNode item, int times) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < times; i++) {
            array.add(item.deepCopy());
        }
        return array;
    }

    private static GeneratedValue number(String family, BigDecimal value, boolean integer, String what) {
        JsonNode node = integer ? NODES.numberNode(value.toBigIntegerExact())
                : NODES.numberNode(value.scale() < 1 ? value.setScale(1) : value);
        return new GeneratedValue(family, node, plain(value, integer) + " (" + what + ")");
    }

    private static String plain(BigDecimal value, boolean integer) {
        return integer ? value.toBigIntegerExact().toString() : (value.scale() < 1 ? value.setScale(1) : value).toPlainString();
    }

    private static String word(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
