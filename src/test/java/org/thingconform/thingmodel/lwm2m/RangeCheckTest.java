package org.thingconform.thingmodel.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A DDF RangeEnumeration bounds numbers, the length of strings, or lists the values; prose bounds nothing. */
class RangeCheckTest {

    @Test
    void aRangeBoundsNumbersAtBothEndsInclusive() {
        assertThat(RangeCheck.outside("0..100", 0L)).isEmpty();
        assertThat(RangeCheck.outside("0..100", 100L)).isEmpty();
        assertThat(RangeCheck.outside("0..100", 101L)).hasValue("101 outside 0..100");
        assertThat(RangeCheck.outside("-40..85", -40.5)).isPresent();
        assertThat(RangeCheck.outside("0..1", 0.5)).isEmpty();
    }

    @Test
    void aRangeBoundsTheLengthOfAString() {
        assertThat(RangeCheck.outside("0..3", "abc")).isEmpty();
        assertThat(RangeCheck.outside("0..3", "abcd")).hasValue("length 4 outside 0..3");
    }

    @Test
    void aListNamesTheValuesAllowed() {
        assertThat(RangeCheck.outside("1,2,4", 4L)).isEmpty();
        assertThat(RangeCheck.outside("1,2,4", 3L)).hasValue("3 not one of 1,2,4");
        assertThat(RangeCheck.outside("U,UQ", "UQ")).isEmpty();
        assertThat(RangeCheck.outside("U,UQ", "S")).isPresent();
    }

    @Test
    void proseOrNothingAdmitsAnyValue() {
        assertThat(RangeCheck.outside("", 1_000_000L)).isEmpty();
        assertThat(RangeCheck.outside(null, "x")).isEmpty();
        assertThat(RangeCheck.outside("The possible values are those listed in the LwM2M Core Specification", "Z"))
                .isEmpty();
    }
}
