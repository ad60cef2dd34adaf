package org.thingconform.thingmodel.lwm2m;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DDF {@code <RangeEnumeration>} taken apart: nothing, a range {@code min..max} (numbers,
 * e.g. {@code 0..100}, {@code -40..85}, {@code 0.5..1}), a comma-separated list of values
 * ({@code 16,32,48}; one value alone is a list of one), or other text (the registry has prose
 * such as "The possible values are those listed in the LwM2M Core Specification"). Which of
 * them a resource's type allows is the importer's rule; this only reads the text.
 *
 * @param shape  which of the four forms the text has
 * @param min    the lower bound of a range
 * @param max    the upper bound of a range
 * @param values the values of a list, trimmed
 */
record RangeEnumeration(Shape shape, BigDecimal min, BigDecimal max, List<String> values) {

    private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern RANGE = Pattern.compile("^" + NUMBER + "\\s*\\.\\.\\s*" + NUMBER + "$");
    private static final Pattern LIST = Pattern.compile("^[^,\\s]+(\\s*,\\s*[^,\\s]+)*$");

    /** The forms a RangeEnumeration takes. */
    enum Shape { NONE, RANGE, LIST, TEXT }

    RangeEnumeration {
        values = List.copyOf(values);
    }

    /** Reads {@code text} (the element's content; blank is {@link Shape#NONE}). */
    static RangeEnumeration parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return new RangeEnumeration(Shape.NONE, null, null, List.of());
        }
        Matcher range = RANGE.matcher(trimmed);
        if (range.matches()) {
            return new RangeEnumeration(Shape.RANGE, new BigDecimal(range.group(1)), new BigDecimal(range.group(2)),
                    List.of());
        }
        if (LIST.matcher(trimmed).matches()) {
            return new RangeEnumeration(Shape.LIST, null, null,
                    Arrays.stream(trimmed.split(",")).map(String::strip).toList());
        }
        return new RangeEnumeration(Shape.TEXT, null, null, List.of());
    }

    /** Whether every value of a list is a whole number (that fits an int). */
    boolean allIntegers() {
        return shape == Shape.LIST && values.stream().allMatch(v -> v.matches("-?\\d{1,9}"));
    }
}
