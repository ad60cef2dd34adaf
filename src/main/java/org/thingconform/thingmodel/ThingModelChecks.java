package org.thingconform.thingmodel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.InputProblem;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.Warnings;

/**
 * The consistency rules of a thing model, in one place for every importer (TSL JSON, WoT
 * Thing Model, native YAML): the identifier rule, unique identifiers, and data types whose
 * constraints can be met (min ≤ max, positive step, length and size, non-empty enum,
 * integer enum keys, bool keys 0 and 1, whole-number bounds for int), and one warning: a
 * step that does not divide max − min. Each importer says where the checked parts sit in
 * its own document, so every problem is located there.
 */
public final class ThingModelChecks {

    /** Identifiers of properties, events, services, parameters and struct members. */
    public static final Pattern IDENTIFIER = Pattern.compile("^[_a-zA-Z0-9]{1,50}$");

    private static final Set<String> BOOL_KEYS = Set.of("0", "1");

    private ThingModelChecks() {
    }

    /** The parts of a data type that a rule can point at. */
    public enum Part { TYPE, MIN, MAX, STEP, LENGTH, SIZE, LABELS }

    /** Where each part of one data type is written in the importer's document (a JSON Pointer). */
    @FunctionalInterface
    public interface Where {
        String pointer(Part part);
    }

    /** Returns {@code id} when it follows the identifier rule; else a located error at {@code pointer}. */
    public static String identifier(LocatedDocument document, String pointer, String id) {
        if (!IDENTIFIER.matcher(id).matches()) {
            throw document.error(pointer, "identifier '" + id + "' breaks the identifier rule",
                    "letters, digits and underscores, 1 to 50 characters");
        }
        return id;
    }

    /**
     * Checks that no identifier of {@code ids} appears twice; the error points at the second
     * one, whose position {@code pointerOf} gives by index.
     */
    public static void unique(LocatedDocument document, List<String> ids, IntFunction<String> pointerOf, String what) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer first = seen.putIfAbsent(ids.get(i), i);
            if (first != null) {
                throw document.error(pointerOf.apply(i), "duplicate " + what + " identifier '" + ids.get(i) + "'",
                        "a unique identifier ('" + ids.get(i) + "' is first used at "
                                + document.locate(pointerOf.apply(first)) + ")");
            }
        }
    }

    /**
     * Returns {@code type} when its constraints are consistent, else throws a located error at the
     * offending part; what is only suspicious goes to {@code warnings}.
     */
    public static DataType dataType(LocatedDocument document, DataType type, Where where, Warnings warnings) {
        switch (type.kind()) {
            case INT, FLOAT, DOUBLE -> {
                numeric(document, type, where);
                stepDividesRange(document, type, where, warnings);
            }
            case TEXT -> positive(document, type.length(), "length", where.pointer(Part.LENGTH),
                    "a length of at least 1 character");
            case ARRAY -> {
                positive(document, type.size(), "array size", where.pointer(Part.SIZE), "a size of at least 1 element");
                if (type.item().isEmpty()) {
                    throw document.error(where.pointer(Part.TYPE), "an array needs an item type", "an item data type");
                }
            }
            case ENUM -> {
                if (type.labels().isEmpty()) {
                    throw document.error(where.pointer(Part.LABELS), "enum has no values",
                            "at least one integer value with its label");
                }
                labelKeys(document, type, where);
            }
            case BOOL -> labelKeys(document, type, where);
            case DATE, STRUCT -> {
                // nothing to contradict: struct member identifiers are checked with unique()
            }
        }
        return type;
    }

    private static void numeric(LocatedDocument document, DataType type, Where where) {
        if (type.kind() == DataKind.INT) {
            whole(document, type.min(), "min", where.pointer(Part.MIN));
            whole(document, type.max(), "max", where.pointer(Part.MAX));
            whole(document, type.step(), "step", where.pointer(Part.STEP));
        }
        if (type.min().isPresent() && type.max().isPresent() && type.min().get().compareTo(type.max().get()) > 0) {
            throw document.error(where.pointer(Part.MIN), "min " + type.min().get().toPlainString()
                    + " is greater than max " + type.max().get().toPlainString(), "min ≤ max");
        }
        if (type.step().isPresent() && type.step().get().signum() <= 0) {
            throw document.error(where.pointer(Part.STEP), "step " + type.step().get().toPlainString()
                    + " is not positive", "a step greater than 0, e.g. 1 or 0.1");
        }
    }

    /** Warns when min, min + step, … never reach max: the range is no whole number of steps. */
    private static void stepDividesRange(LocatedDocument document, DataType type, Where where, Warnings warnings) {
        if (type.min().isEmpty() || type.max().isEmpty() || type.step().isEmpty()) {
            return;
        }
        BigDecimal range = type.max().get().subtract(type.min().get());
        if (range.remainder(type.step().get()).signum() != 0) {
            warnings.warn(InputProblem.warning(document.locate(where.pointer(Part.STEP)), "step "
                    + type.step().get().toPlainString() + " does not divide the range " + type.min().get().toPlainString()
                    + " to " + type.max().get().toPlainString() + ", so max is no valid value",
                    "a step that divides max − min = " + range.stripTrailingZeros().toPlainString()));
        }
    }

    private static void whole(LocatedDocument document, Optional<BigDecimal> value, String what, String pointer) {
        if (value.isPresent() && value.get().stripTrailingZeros().scale() > 0) {
            throw document.error(pointer, "int " + what + " " + value.get().toPlainString() + " is not a whole number",
                    "an integer " + what + " for an int data type");
        }
    }

    private static void positive(LocatedDocument document, Optional<Integer> value, String what, String pointer,
                                 String expected) {
        if (value.isPresent() && value.get() <= 0) {
            throw document.error(pointer, what + " " + value.get() + " is not positive", expected);
        }
    }

    private static void labelKeys(LocatedDocument document, DataType type, Where where) {
        for (String key : type.labels().keySet()) {
            String at = where.pointer(Part.LABELS) + "/" + DocumentReader.escape(key);
            if (type.kind() == DataKind.BOOL && !BOOL_KEYS.contains(key)) {
                throw document.error(at, "bool label key '" + key + "' is neither 0 nor 1", "labels for 0 and 1");
            }
            try {
                Integer.parseInt(key);
            } catch (NumberFormatException e) {
                throw document.error(at, "enum value '" + key + "' is not an integer", "an integer value such as 0");
            }
        }
    }
}
