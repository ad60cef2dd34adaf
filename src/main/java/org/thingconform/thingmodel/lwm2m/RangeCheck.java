package org.thingconform.thingmodel.lwm2m;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Whether a resource value lies within its DDF {@code <RangeEnumeration>}, as the importer reads it: a range
 * bounds a number, or the length in characters of a string; a list names the allowed values; prose or nothing
 * admits any value. A simulated LwM2M client refuses a write outside it, as a conforming client does.
 */
public final class RangeCheck {

    private RangeCheck() {
    }

    /** Why {@code value} lies outside {@code rangeEnumeration}, or empty when it lies within. */
    public static Optional<String> outside(String rangeEnumeration, Object value) {
        RangeEnumeration range = RangeEnumeration.parse(rangeEnumeration == null ? "" : rangeEnumeration);
        switch (range.shape()) {
            case RANGE -> {
                if (value instanceof CharSequence text) {
                    int length = text.toString().getBytes(StandardCharsets.UTF_8).length;
                    return length < range.min().intValue() || length > range.max().intValue()
                            ? Optional.of("length " + length + " outside " + rangeEnumeration) : Optional.empty();
                }
                BigDecimal number = number(value);
                return number != null && (number.compareTo(range.min()) < 0 || number.compareTo(range.max()) > 0)
                        ? Optional.of(value + " outside " + rangeEnumeration) : Optional.empty();
            }
            case LIST -> {
                BigDecimal number = number(value);
                boolean listed = range.values().stream().anyMatch(v -> v.equals(String.valueOf(value))
                        || number != null && v.matches("-?\\d+(\\.\\d+)?") && new BigDecimal(v).compareTo(number) == 0);
                return listed ? Optional.empty() : Optional.of(value + " not one of " + rangeEnumeration);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }
}
