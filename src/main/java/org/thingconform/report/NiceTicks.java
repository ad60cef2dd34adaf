package org.thingconform.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Round values to mark on a linear axis: steps of 1, 2 or 5 times a power of ten, about four of
 * them across the range, computed as decimals so the labels read 0.05, 0.1, not 0.1000000001.
 */
record NiceTicks(List<BigDecimal> values) {

    private static final int ABOUT = 4;

    NiceTicks {
        values = List.copyOf(values);
    }

    /** Ticks from 0 to the first tick at or above {@code max} (at least one step). */
    static NiceTicks upTo(double max, boolean whole) {
        BigDecimal step = step(max, whole);
        List<BigDecimal> values = new ArrayList<>();
        BigDecimal tick = BigDecimal.ZERO;
        values.add(tick);
        do {
            tick = tick.add(step);
            values.add(tick);
        } while (tick.doubleValue() < max);
        return new NiceTicks(values);
    }

    /** The ticks between {@code from} and {@code to}, both included when they fall on a step. */
    static NiceTicks across(double from, double to, boolean whole) {
        BigDecimal step = step(to - from, whole);
        BigDecimal tick = new BigDecimal(from).divide(step, 0, RoundingMode.CEILING).multiply(step);
        List<BigDecimal> values = new ArrayList<>();
        while (tick.doubleValue() <= to) {
            values.add(tick);
            tick = tick.add(step);
        }
        return new NiceTicks(values);
    }

    /** The last tick. */
    double top() {
        return values.get(values.size() - 1).doubleValue();
    }

    private static BigDecimal step(double span, boolean whole) {
        if (!(span > 0)) {
            return BigDecimal.ONE;
        }
        double raw = span / ABOUT;
        int exponent = (int) StrictMath.floor(StrictMath.log10(raw));
        double fraction = raw / StrictMath.pow(10, exponent);
        int mantissa = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        BigDecimal step = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
        return whole && step.compareTo(BigDecimal.ONE) < 0 ? BigDecimal.ONE : step;
    }
}
