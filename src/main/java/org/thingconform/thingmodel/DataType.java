package org.thingconform.thingmodel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data type of a property, event output member or service parameter, with its
 * constraints. One record for every kind keeps imports from TSL, WoT and native YAML
 * converging on a single shape; constraints that do not apply to a kind are empty.
 * Numbers are kept in a canonical form ({@code 480.0} and {@code "480"} are both 480,
 * {@code 0.10} is 0.1), so that the same model read from any format is equal.
 *
 * @param kind        the kind of value
 * @param min         lower bound for numeric kinds
 * @param max         upper bound for numeric kinds
 * @param step        increment for numeric kinds
 * @param unit        unit symbol, informative only
 * @param length      maximum number of characters for {@link DataKind#TEXT}
 * @param size        maximum number of elements for {@link DataKind#ARRAY}
 * @param item        element type for {@link DataKind#ARRAY}
 * @param labels      value-to-label map for {@link DataKind#ENUM} (integer keys) and
 *                    {@link DataKind#BOOL} ("0" and "1"), in the model file's declaration order
 * @param members     members of a {@link DataKind#STRUCT}
 */
public record DataType(
        DataKind kind,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        Optional<BigDecimal> step,
        Optional<String> unit,
        Optional<Integer> length,
        Optional<Integer> size,
        Optional<DataType> item,
        Map<String, String> labels,
        List<Member> members) {

    public DataType {
        min = min.map(DataType::canonical);
        max = max.map(DataType::canonical);
        step = step.map(DataType::canonical);
        // declaration order, in every JVM: generated case ids and values follow it (Map.copyOf's order is salted per JVM)
        labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
        members = List.copyOf(members);
    }

    /** A data type with no constraints. */
    public static DataType of(DataKind kind) {
        return new DataType(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of());
    }

    /** A numeric data type with bounds and an optional step. */
    public static DataType numeric(DataKind kind, BigDecimal min, BigDecimal max, BigDecimal step) {
        return new DataType(kind, Optional.ofNullable(min), Optional.ofNullable(max), Optional.ofNullable(step),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of());
    }

    /** {@code number} without trailing zeros, and never in exponent form for whole numbers. */
    private static BigDecimal canonical(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** One named member of a struct. */
    public record Member(String identifier, String name, DataType dataType) {
    }
}
