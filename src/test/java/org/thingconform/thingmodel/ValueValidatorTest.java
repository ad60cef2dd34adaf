package org.thingconform.thingmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ValueValidator STRICT = ValueValidator.strict();

    private static final DataType INT = DataType.numeric(DataKind.INT, new BigDecimal("10"), new BigDecimal("3600"), BigDecimal.ONE);
    private static final DataType FLOAT = DataType.numeric(DataKind.FLOAT, BigDecimal.ZERO, new BigDecimal("480"), new BigDecimal("0.1"));
    private static final DataType DOUBLE = DataType.numeric(DataKind.DOUBLE, BigDecimal.ZERO, null, null);
    private static final DataType TEXT = new DataType(DataKind.TEXT, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.of(5), Optional.empty(), Optional.empty(), Map.of(), List.of());
    private static final DataType BOOL = new DataType(DataKind.BOOL, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of("0", "off", "1", "on"), List.of());
    private static final DataType ENUM = new DataType(DataKind.ENUM, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Map.of("0", "flat", "1", "peak", "2", "valley"), List.of());
    private static final DataType STRUCT = new DataType(DataKind.STRUCT, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
            List.of(new DataType.Member("level", "Level", INT), new DataType.Member("label", "Label", TEXT)));
    private static final DataType ARRAY = new DataType(DataKind.ARRAY, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of(2), Optional.of(FLOAT), Map.of(), List.of());

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static Optional<String> check(String value, DataType type) {
        return STRICT.validate(json(value), type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "3600", "42"})
    void intAcceptsIntegersWithinRange(String value) {
        assertThat(check(value, INT)).isEmpty();
    }

    @Test
    void intRejectsDecimalsStringsOutOfRangeAndOverflow() {
        assertThat(check("42.0", INT)).hasValueSatisfying(r -> assertThat(r).contains("not an integer"));
        assertThat(check("\"42\"", INT)).hasValueSatisfying(r -> assertThat(r).contains("not an integer"));
        assertThat(check("9", INT)).contains("value 9 is below min 10");
        assertThat(check("3601", INT)).contains("value 3601 is above max 3600");
        assertThat(STRICT.validate(json("4294967296"), DataType.of(DataKind.INT)))
                .hasValueSatisfying(r -> assertThat(r).contains("32-bit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0", "220.5", "480.0", "1.5e2"})
    void floatAcceptsNumbersWithDecimalPointWithinRange(String value) {
        assertThat(check(value, FLOAT)).isEmpty();
    }

    @Test
    void floatRejectsIntegersOutOfRangeAndNonNumbers() {
        assertThat(check("10", FLOAT)).hasValueSatisfying(r -> assertThat(r).contains("decimal point"));
        assertThat(check("500.0", FLOAT)).contains("value 500.0 is above max 480");
        assertThat(check("-0.1", FLOAT)).contains("value -0.1 is below min 0");
        assertThat(check("\"220.5\"", FLOAT)).isPresent();
        assertThat(check("null", FLOAT)).hasValueSatisfying(r -> assertThat(r).contains("null"));
    }

    @Test
    void doubleFollowsTheFloatRulesAndAnAbsentBoundIsNoLimit() {
        assertThat(check("123456789.25", DOUBLE)).isEmpty();
        assertThat(check("7", DOUBLE)).isPresent();
        assertThat(check("-1.0", DOUBLE)).contains("value -1.0 is below min 0");
    }

    @Test
    void ignoringRangeSkipsOnlyMinAndMax() {
        ValueValidator lenient = ValueValidator.ignoringRange();
        assertThat(lenient.validate(json("500.0"), FLOAT)).isEmpty();
        assertThat(lenient.validate(json("5"), INT)).isEmpty();
        assertThat(lenient.validate(json("500"), FLOAT)).isPresent();
        assertThat(lenient.validate(json("\"abcdef\""), TEXT)).isPresent();
    }

    @Test
    void textChecksTypeAndLengthInCharacters() {
        assertThat(check("\"abcde\"", TEXT)).isEmpty();
        assertThat(check("\"\"", TEXT)).isEmpty();
        assertThat(check("\"\u00e9t\u00e9\u00e9\u00e9\"", TEXT)).isEmpty();
        assertThat(check("\"abcdef\"", TEXT)).contains("text of 6 characters is longer than length 5");
        assertThat(check("12", TEXT)).hasValueSatisfying(r -> assertThat(r).contains("not a string"));
    }

    @Test
    void dateIsAStringOfDigits() {
        DataType date = DataType.of(DataKind.DATE);
        assertThat(STRICT.validate(json("\"1700000000000\""), date)).isEmpty();
        assertThat(STRICT.validate(json("1700000000000"), date)).isPresent();
        assertThat(STRICT.validate(json("\"2024-01-01\""), date)).isPresent();
        assertThat(STRICT.validate(json("\"\""), date)).isPresent();
    }

    @Test
    void boolIsTheIntegerZeroOrOne() {
        assertThat(check("0", BOOL)).isEmpty();
        assertThat(check("1", BOOL)).isEmpty();
        assertThat(check("2", BOOL)).hasValueSatisfying(r -> assertThat(r).contains("0 or 1"));
        assertThat(check("true", BOOL)).isPresent();
        assertThat(check("1.0", BOOL)).isPresent();
    }

    @Test
    void enumIsAnIntegerKeyOfTheLabels() {
        assertThat(check("2", ENUM)).isEmpty();
        assertThat(check("3", ENUM)).contains("value 3 is not one of the enum values [0, 1, 2]");
        assertThat(check("\"1\"", ENUM)).isPresent();
        assertThat(check("1.0", ENUM)).isPresent();
    }

    @Test
    void structNeedsExactlyTheDeclaredMembersEachValid() {
        assertThat(check("{\"level\": 20, \"label\": \"ok\"}", STRUCT)).isEmpty();
        assertThat(check("{\"level\": 20}", STRUCT)).contains("struct member 'label' is missing");
        assertThat(check("{\"level\": 20, \"label\": \"ok\", \"x\": 1}", STRUCT)).contains("struct member 'x' is not declared");
        assertThat(check("{\"level\": 5, \"label\": \"ok\"}", STRUCT))
                .contains("struct member 'level': value 5 is below min 10");
        assertThat(check("[20, \"ok\"]", STRUCT)).isPresent();
    }

    @Test
    void arrayHoldsAtMostSizeValidItems() {
        assertThat(check("[]", ARRAY)).isEmpty();
        assertThat(check("[1.5, 2.5]", ARRAY)).isEmpty();
        assertThat(check("[1.5, 2.5, 3.5]", ARRAY)).contains("array of 3 items is larger than size 2");
        assertThat(check("[1.5, 2]", ARRAY)).hasValueSatisfying(r -> assertThat(r).startsWith("item 1: "));
        assertThat(check("{\"a\": 1.5}", ARRAY)).isPresent();
    }

    @Test
    void parametersMustBeDeclaredAndValidButMayBeLeftOut() {
        List<Parameter> declared = List.of(new Parameter("days", "Days", INT), new Parameter("mode", "Mode", ENUM));
        assertThat(STRICT.validateParameters(json("{\"days\": 30}"), declared)).isEmpty();
        assertThat(STRICT.validateParameters(json("{}"), declared)).isEmpty();
        assertThat(STRICT.validateParameters(json("{\"weeks\": 3}"), declared)).contains("unknown parameter 'weeks'");
        assertThat(STRICT.validateParameters(json("{\"days\": 3}"), declared))
                .contains("parameter 'days': value 3 is below min 10");
        assertThat(STRICT.validateParameters(json("[1]"), declared)).hasValueSatisfying(r -> assertThat(r).contains("object"));
    }

    @Test
    void propertiesMustBeDeclaredAndValid() {
        List<Property> declared = List.of(new Property("voltage", "Voltage", AccessMode.READ_ONLY, true, FLOAT));
        assertThat(STRICT.validateProperties(json("{\"voltage\": 220.5}"), declared)).isEmpty();
        assertThat(STRICT.validateProperties(json("{\"current\": 1.0}"), declared)).contains("unknown property 'current'");
        assertThat(STRICT.validateProperties(json("{\"voltage\": 500.0}"), declared))
                .contains("property 'voltage': value 500.0 is above max 480");
    }
}
