package org.thingconform.profile.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How clause numbers compare for the numbering rules: by their dotted numeric parts. */
class LintClauseNumberTest {

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "TM-5.2.1,      TM-5.2.3,      -1",
        "TM-5.2.3,      TM-5.2.1,       1",
        "TM-5.2.9,      TM-5.2.10,     -1",
        "TM-5.2.1,      TM-5.2.01,      0",
        "TM-5.2,        TM-5.2.1,      -1",
        "TM-5.2.1,      TM-5.2.1a,     -1",
        "MQTT-3.1.2-24, MQTT-3.1.2-3,   1",
        "TM-5-2-1,      TM-5.2.1,       0",
    })
    void numbersCompareNumericallyPartByPart(String a, String b, int expected) {
        int actual = ClauseNumber.parse(a).orElseThrow().compareTo(ClauseNumber.parse(b).orElseThrow());

        assertThat(Integer.signum(actual)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"TM-5.2.1, TM-", "MQTT-3.1.2-24, MQTT-", "C-1, C-"})
    void thePrefixIsWhatPrecedesTheFirstDigit(String id, String prefix) {
        assertThat(ClauseNumber.parse(id).orElseThrow().prefix()).isEqualTo(prefix);
    }

    @ParameterizedTest
    @CsvSource({"INTRO", "TM-A"})
    void anIdWithoutADigitHasNoNumber(String id) {
        assertThat(ClauseNumber.parse(id)).isEmpty();
    }
}
