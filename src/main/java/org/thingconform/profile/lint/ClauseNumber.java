package org.thingconform.profile.lint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number in a clause id, for comparing numbering: {@code TM-5.2.3} is prefix
 * {@code TM-} and parts 5, 2, 3. Parts compare numerically ({@code 5.2.10} after
 * {@code 5.2.9}, {@code 5.2.01} equal to {@code 5.2.1}), a trailing letter after its number
 * ({@code 5.2.1a} after {@code 5.2.1}), and a shorter number before its extensions
 * ({@code 5.2} before {@code 5.2.1}).
 *
 * @param prefix what precedes the first digit, e.g. {@code TM-}; numbers compare only within one prefix
 * @param parts  the dot- or dash-separated parts after the prefix
 */
record ClauseNumber(String prefix, List<Part> parts) implements Comparable<ClauseNumber> {

    private static final Pattern PART = Pattern.compile("^(\\d*)(.*)$");

    ClauseNumber {
        parts = List.copyOf(parts);
    }

    /** The number of a clause id, or empty when the id has no digit. */
    static Optional<ClauseNumber> parse(String id) {
        int firstDigit = 0;
        while (firstDigit < id.length() && !Character.isDigit(id.charAt(firstDigit))) {
            firstDigit++;
        }
        if (firstDigit == id.length()) {
            return Optional.empty();
        }
        List<Part> parts = new ArrayList<>();
        for (String text : id.substring(firstDigit).split("[.-]")) {
            Matcher m = PART.matcher(text);
            m.matches();
            parts.add(new Part(m.group(1).isEmpty() ? null : new BigInteger(m.group(1)), m.group(2)));
        }
        return Optional.of(new ClauseNumber(id.substring(0, firstDigit), parts));
    }

    @Override
    public int compareTo(ClauseNumber other) {
        for (int i = 0; i < Math.min(parts.size(), other.parts.size()); i++) {
            int c = parts.get(i).compareTo(other.parts.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(parts.size(), other.parts.size());
    }

    /**
     * One part of a clause number.
     *
     * @param number its leading digits, or null when it starts with a letter
     * @param rest   what follows the digits, e.g. {@code a} in {@code 1a}
     */
    record Part(BigInteger number, String rest) implements Comparable<Part> {

        @Override
        public int compareTo(Part other) {
            if (number != null && other.number != null) {
                int c = number.compareTo(other.number);
                return c != 0 ? c : rest.compareTo(other.rest);
            }
            if (number == null && other.number == null) {
                return rest.compareTo(other.rest);
            }
            return number != null ? -1 : 1;
        }
    }
}
