package org.thingconform.report;

import java.math.BigDecimal;
import java.util.Locale;

/** How the fleet charts write numbers: always {@link Locale#ROOT}, so one report gives one text. */
final class ChartNumbers {

    private ChartNumbers() {
    }

    /** A coordinate to a tenth of a pixel, without a trailing ".0". */
    static String coordinate(double pixels) {
        String text = String.format(Locale.ROOT, "%.1f", pixels);
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        return text.equals("-0") ? "0" : text;
    }

    /** Microseconds as milliseconds with three significant digits or more: 0.250, 1.00, 12.3, 250. */
    static String millis(double micros) {
        double millis = micros / 1000.0;
        String pattern = millis >= 100 ? "%.0f" : millis >= 10 ? "%.1f" : millis >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, millis);
    }

    /** A count with thousands separators: 1,234,567. */
    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** A count short enough for an axis: 950, 5k, 12.5k, 1.5M. */
    static String shortCount(long count) {
        if (Math.abs(count) < 1_000) {
            return Long.toString(count);
        }
        if (Math.abs(count) < 1_000_000) {
            return plain(BigDecimal.valueOf(count).movePointLeft(3)) + "k";
        }
        return plain(BigDecimal.valueOf(count).movePointLeft(6)) + "M";
    }

    /** A decimal without exponent or trailing zeros: 0.05, 1, 1000. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
