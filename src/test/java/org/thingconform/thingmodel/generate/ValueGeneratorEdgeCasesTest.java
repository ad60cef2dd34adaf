package org.thingconform.thingmodel.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thingconform.thingmodel.DataKind;
import org.thingconform.thingmodel.DataType;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.ThingModelFormat;
import org.thingconform.thingmodel.ThingModels;
import org.thingconform.thingmodel.ValueValidator;

/**
 * Value generation at the edges: the exact family list of every kind, degenerate and
 * unusual constraints (min = max, a step that does not divide the range, negative, absent
 * and huge ranges, a one-key enum, an empty struct, arrays of structs, text without a
 * length), determinism, and agreement of every generated value with the independent
 * {@link ValueValidator} — which, by design, does not check steps.
 */
class ValueGeneratorEdgeCasesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private static final ValueValidator VALIDATOR = ValueValidator.strict();

    private static final DataType INT = numeric(DataKind.INT, "0", "100", "1");
    private static final DataType FLOAT = numeric(DataKind.FLOAT, "0", "480", "0.1");
    private static final DataType DOUBLE = numeric(DataKind.DOUBLE, "-90", "90", "0.5");
    private static final DataType TEXT = new DataType(DataKind.TEXT, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of(16), Optional.empty(), Optional.empty(), Map.of(), List.of());
    private static final DataType DATE = DataType.of(DataKind.DATE);
    private static final DataType BOOL = labelled(DataKind.BOOL, Map.of("0", "off", "1", "on"));
    private static final DataType ENUM = labelled(DataKind.ENUM, Map.of("0", "flat", "1", "peak", "2", "off-peak"));
    private static final DataType STRUCT = struct(member("count", INT), member("label", TEXT));
    private static final DataType ARRAY_OF_INT = array(INT, 3);
    private static final DataType ARRAY_OF_STRUCT = array(STRUCT, 2);

    private static final List<String> INT_FAMILIES = List.of("valid.nominal", "valid.min", "valid.max", "valid.step",
            "invalid.below-min", "invalid.above-max", "invalid.numeric-string", "invalid.wrong-type", "invalid.fraction");
    private static final List<String> DECIMAL_FAMILIES = List.of("valid.nominal", "valid.min", "valid.max", "valid.step",
            "invalid.below-min", "invalid.above-max", "invalid.numeric-string", "invalid.wrong-type",
            "invalid.no-decimal-point");
    private static final List<String> ARRAY_FAMILIES = List.of("valid.nominal", "valid.array-max",
            "invalid.array-too-long", "invalid.array-wrong-item", "invalid.wrong-type");

    private final ValueGenerator generator = generator(42, false);
    private final ValueGenerator normative = generator(42, true);

    // ---- every kind, its exact families ----

    static Stream<Arguments> everyKind() {
        return Stream.of(
                Arguments.of("int", INT, INT_FAMILIES),
                Arguments.of("float", FLOAT, DECIMAL_FAMILIES),
                Arguments.of("double", DOUBLE, DECIMAL_FAMILIES),
                Arguments.of("text", TEXT, List.of("valid.nominal", "valid.text-max", "invalid.text-too-long",
                        "invalid.wrong-type")),
                Arguments.of("date", DATE, List.of("valid.nominal", "valid.date-in-range", "invalid.date-malformed",
                        "invalid.wrong-type")),
                Arguments.of("bool", BOOL, List.of("valid.nominal", "valid.bool-0", "invalid.enum-unknown",
                        "invalid.wrong-type")),
                Arguments.of("enum", ENUM, List.of("valid.nominal", "valid.enum-0", "valid.enum-1", "valid.enum-2",
                        "invalid.enum-unknown", "invalid.wrong-type")),
                Arguments.of("struct", STRUCT, List.of("valid.nominal", "invalid.struct-missing-member",
                        "invalid.struct-invalid-member", "invalid.struct-unknown-member", "invalid.wrong-type")),
                Arguments.of("array of int", ARRAY_OF_INT, ARRAY_FAMILIES),
                Arguments.of("array of struct", ARRAY_OF_STRUCT, ARRAY_FAMILIES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void everyKindYieldsItsDocumentedFamiliesInOrder(String kind, DataType type, List<String> families) {
        assertThat(families(generator.values(type, kind))).containsExactlyElementsOf(families);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void aNormativeStepAddsOffStepAfterAboveMaxForNumericKindsOnly(String kind, DataType type, List<String> families) {
        List<String> expected = new ArrayList<>(families);
        if (type.kind() != DataKind.INT && type.kind().isNumeric()) {
            expected.add(expected.indexOf("invalid.above-max") + 1, "invalid.off-step");
        }

        assertThat(families(normative.values(type, kind))).as("int step 1: no integer lies between two steps")
                .containsExactlyElementsOf(expected);
    }

    @Test
    void anIntWithAnEvenStepGetsAnOffStepValueHalfWayBetweenTwoSteps() {
        DataType tens = numeric(DataKind.INT, "0", "100", "10");

        List<GeneratedValue> values = normative.values(tens, "tens");

        assertThat(families(values)).contains("invalid.off-step");
        assertThat(value(values, "invalid.off-step").toString()).isEqualTo("5");
        assertThat(families(generator.values(tens, "tens"))).doesNotContain("invalid.off-step");
    }

    // ---- numeric edges ----

    @ParameterizedTest
    @EnumSource(value = DataKind.class, names = {"INT", "FLOAT", "DOUBLE"})
    void minEqualToMaxGivesThatValueForNominalMinAndMaxAndNoStep(DataKind kind) {
        DataType single = numeric(kind, "5", "5", "1");

        List<GeneratedValue> values = normative.values(single, "single");

        assertThat(families(values)).doesNotContain("valid.step", "invalid.off-step")
                .contains("invalid.below-min", "invalid.above-max");
        assertThat(Stream.of("valid.nominal", "valid.min", "valid.max").map(f -> value(values, f).decimalValue()))
                .allSatisfy(v -> assertThat(v).isEqualByComparingTo("5"));
        assertThat(value(values, "invalid.below-min").decimalValue()).isEqualByComparingTo("4");
        assertThat(value(values, "invalid.above-max").decimalValue()).isEqualByComparingTo("6");
    }

    @Test
    void aFractionalMinEqualToMaxHasNoWholeNumberForTheNoDecimalPointCase() {
        DataType single = numeric(DataKind.FLOAT, "2.5", "2.5", null);

        List<GeneratedValue> values = generator.values(single, "single");

        assertThat(value(values, "valid.nominal").toString()).isEqualTo("2.5");
        assertThat(families(values)).doesNotContain("valid.step", "invalid.no-decimal-point");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3, 42, 1000, -7})
    void aStepThatDoesNotDivideTheRangeKeepsEveryValidValueInRange(long seed) {
        DataType odd = numeric(DataKind.FLOAT, "0", "1", "0.3");

        List<GeneratedValue> values = generator(seed, false).values(odd, "odd");

        assertThat(values).filteredOn(GeneratedValue::valid).allSatisfy(v -> {
            assertThat(v.value().decimalValue()).as(v.family()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(v.value().isFloatingPointNumber()).as(v.family()).isTrue();
        });
        assertThat(value(values, "valid.nominal").decimalValue().remainder(new BigDecimal("0.3")))
                .as("the nominal value is on a step").isEqualByComparingTo("0");
        assertThat(value(values, "valid.max").toString()).as("max is declared, even if no step reaches it")
                .isEqualTo("1.0");
        assertThat(families(values)).doesNotContain("invalid.off-step");
        assertThat(value(generator(seed, true).values(odd, "odd"), "invalid.off-step").toString()).isEqualTo("0.15");
    }

    @ParameterizedTest
    @EnumSource(value = DataKind.class, names = {"INT", "FLOAT", "DOUBLE"})
    void aNegativeRangeGivesValuesInRangeWithTheRightNumberForm(DataKind kind) {
        DataType cold = numeric(kind, "-40", "-10", null);
        boolean integer = kind == DataKind.INT;

        List<GeneratedValue> values = generator.values(cold, "cold");

        assertThat(values).filteredOn(GeneratedValue::valid).allSatisfy(v -> {
            assertThat(v.value().decimalValue()).as(v.family()).isBetween(new BigDecimal("-40"), new BigDecimal("-10"));
            assertThat(integer ? v.value().isIntegralNumber() : v.value().isFloatingPointNumber())
                    .as("%s %s", v.family(), v.value()).isTrue();
        });
        assertThat(value(values, "valid.min").toString()).isEqualTo(integer ? "-40" : "-40.0");
        assertThat(value(values, "valid.max").toString()).isEqualTo(integer ? "-10" : "-10.0");
        assertThat(value(values, "invalid.below-min").toString()).isEqualTo(integer ? "-41" : "-40.1");
        assertThat(value(values, "invalid.above-max").toString()).isEqualTo(integer ? "-9" : "-9.9");
        if (!integer) {
            assertThat(value(values, "invalid.no-decimal-point").isIntegralNumber()).isTrue();
            assertThat(value(values, "invalid.no-decimal-point").decimalValue())
                    .isBetween(new BigDecimal("-40"), new BigDecimal("-10"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = DataKind.class, names = {"INT", "FLOAT", "DOUBLE"})
    void noBoundsAndNoStepGiveNoOutOfRangeOrOffStepFamiliesAndValuesTheValidatorAccepts(DataKind kind) {
        DataType unbounded = DataType.of(kind);

        List<GeneratedValue> values = normative.values(unbounded, "free");

        assertThat(families(values)).as("no declared step, so no step to be off")
                .doesNotContain("invalid.below-min", "invalid.above-max", "invalid.off-step")
                .contains("valid.nominal", "valid.min", "valid.max", "valid.step");
        assertThat(values).allSatisfy(v -> assertThat(VALIDATOR.validate(v.value(), unbounded).isEmpty())
                .as("%s %s", v.family(), v.value()).isEqualTo(v.valid()));
    }

    @ParameterizedTest
    @MethodSource("oneBoundOnly")
    void oneBoundFarFromTheDefaultsStillGivesValidValuesInRange(DataType type) {
        List<GeneratedValue> values = generator.values(type, "half");

        assertThat(values).filteredOn(GeneratedValue::valid).allSatisfy(v -> assertThat(VALIDATOR.validate(v.value(), type))
                .as("%s %s", v.family(), v.value()).isEmpty());
        assertThat(families(values)).containsOnlyOnce(type.min().isPresent() ? "invalid.below-min" : "invalid.above-max")
                .doesNotContain(type.min().isPresent() ? "invalid.above-max" : "invalid.below-min");
    }

    static Stream<DataType> oneBoundOnly() {
        return Stream.of(numeric(DataKind.INT, "5000", null, null), numeric(DataKind.FLOAT, "5000", null, null),
                numeric(DataKind.INT, null, "-5000", null), numeric(DataKind.DOUBLE, null, "-5000", "0.5"),
                numeric(DataKind.INT, "0", null, null), numeric(DataKind.FLOAT, null, "10", null));
    }

    @ParameterizedTest
    @MethodSource("hugeRanges")
    void aHugeRangeDoesNotOverflow(DataType huge) {
        for (long seed = 0; seed < 20; seed++) {
            ValueGenerator seeded = generator(seed, true);
            List<GeneratedValue> values = assertNoException(() -> seeded.values(huge, "huge"));
            assertThat(values).filteredOn(GeneratedValue::valid).allSatisfy(v -> {
                assertThat(v.value().decimalValue()).as(v.family()).isBetween(huge.min().get(), huge.max().get());
                assertThat(v.value().isFloatingPointNumber()).as(v.family()).isTrue();
            });
        }
    }

    static Stream<DataType> hugeRanges() {
        return Stream.of(numeric(DataKind.FLOAT, "0", "99999999", "0.01"),
                numeric(DataKind.DOUBLE, "0", "99999999", "0.01"),
                numeric(DataKind.DOUBLE, "-1E300", "1E300", "0.01"));
    }

    @Test
    void theFullIntRangeStaysWithinThirtyTwoBitsForValidValues() {
        DataType full = numeric(DataKind.INT, String.valueOf(Integer.MIN_VALUE), String.valueOf(Integer.MAX_VALUE), null);

        assertThat(generator.values(full, "full")).allSatisfy(v -> assertThat(VALIDATOR.validate(v.value(), full).isEmpty())
                .as("%s %s", v.family(), v.value()).isEqualTo(v.valid()));
    }

    // ---- enum, struct, array, text, date ----

    @ParameterizedTest
    @ValueSource(strings = {"7", "0", "-3"})
    void anEnumWithOneKeyHasThatKeyValidAndAnUnknownValueThatIsNoKey(String key) {
        DataType one = labelled(DataKind.ENUM, Map.of(key, "only"));

        List<GeneratedValue> values = generator.values(one, "one");

        assertThat(families(values)).containsExactly("valid.nominal", "valid.enum-" + key, "invalid.enum-unknown",
                "invalid.wrong-type");
        assertThat(value(values, "valid.enum-" + key).asText()).isEqualTo(key);
        assertThat(value(values, "invalid.enum-unknown").isIntegralNumber()).isTrue();
        assertThat(one.labels()).doesNotContainKey(value(values, "invalid.enum-unknown").asText());
    }

    @Test
    void anEmptyStructGivesTheEmptyObjectAndNoMemberFamilies() {
        DataType empty = struct();

        List<GeneratedValue> values = assertNoException(() -> normative.values(empty, "empty"));

        assertThat(families(values)).containsExactly("valid.nominal", "invalid.struct-unknown-member",
                "invalid.wrong-type");
        assertThat(value(values, "valid.nominal").toString()).isEqualTo("{}");
        assertThat(VALIDATOR.validate(value(values, "valid.nominal"), empty)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"members: []", ""})
    void theImportersAcceptAnEmptyStruct(String members, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.model.yaml"), """
                productKey: empty1
                properties:
                  - identifier: nothing
                    dataType:
                      type: struct
                      %s
                """.formatted(members));

        ThingModel model = ThingModels.load(file, ThingModelFormat.YAML);

        DataType type = model.property("nothing").orElseThrow().dataType();
        assertThat(type.kind()).isEqualTo(DataKind.STRUCT);
        assertThat(type.members()).as("ThingModelChecks has no rule against an empty struct").isEmpty();
        assertThat(generator.nominal(type, "nothing").toString()).isEqualTo("{}");
    }

    @Test
    void aMemberNamedLikeTheUndeclaredOneStillGivesAnUndeclaredMember() {
        DataType tricky = struct(member("unknownMember", INT));

        GeneratedValue unknown = generator.values(tricky, "tricky").stream()
                .filter(v -> v.family().equals("invalid.struct-unknown-member")).findFirst().orElseThrow();

        assertThat(unknown.value().size()).isEqualTo(2);
        assertThat(VALIDATOR.validate(unknown.value(), tricky)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anInvalidStructMemberIsInvalidWhateverTheStepAndCoercionSettings(boolean stepNormative) {
        DataType position = struct(member("lat", numeric(DataKind.DOUBLE, null, null, "0.5")),
                member("lon", DataType.of(DataKind.DOUBLE)));

        JsonNode invalid = value(generator(42, stepNormative).values(position, "position"),
                "invalid.struct-invalid-member");

        assertThat(VALIDATOR.validate(invalid, position)).as("%s", invalid).isPresent();
        assertThat(invalid.get("lat").isTextual()).as("not the numeric string a platform may coerce").isFalse();
    }

    @Test
    void anArrayOfStructsIsFullOfCompleteStructsAndItsWrongItemIsNoStruct() {
        List<GeneratedValue> values = generator.values(ARRAY_OF_STRUCT, "readings");

        JsonNode max = value(values, "valid.array-max");
        assertThat(max.size()).isEqualTo(ARRAY_OF_STRUCT.size().orElseThrow());
        max.forEach(item -> {
            assertThat(item.isObject()).isTrue();
            assertThat(item.fieldNames()).toIterable().containsExactlyInAnyOrder("count", "label");
            assertThat(VALIDATOR.validate(item, STRUCT)).isEmpty();
        });
        JsonNode wrong = value(values, "invalid.array-wrong-item");
        assertThat(wrong.size()).isEqualTo(1);
        assertThat(wrong.get(0).isObject()).isFalse();
    }

    static Stream<DataType> itemTypes() {
        return Stream.of(INT, FLOAT, DOUBLE, TEXT, DATE, BOOL, ENUM, STRUCT, ARRAY_OF_INT);
    }

    @ParameterizedTest
    @MethodSource("itemTypes")
    void theWrongItemOfAnArrayIsInvalidForTheItemType(DataType item) {
        JsonNode wrong = value(generator.values(array(item, 4), "list"), "invalid.array-wrong-item");

        assertThat(VALIDATOR.validate(wrong.get(0), item)).as("%s for %s", wrong, item.kind()).isPresent();
    }

    @Test
    void anArrayWithoutSizeHasEightItemsAtMostAndNoTooLongCase() {
        List<GeneratedValue> values = generator.values(array(INT, null), "unsized");

        assertThat(families(values)).containsExactly("valid.nominal", "valid.array-max", "invalid.array-wrong-item",
                "invalid.wrong-type");
        assertThat(value(values, "valid.array-max").size()).isEqualTo(8);
    }

    @Test
    void textWithoutLengthHasADefaultMaximumAndNoTooLongCase() {
        List<GeneratedValue> values = generator.values(DataType.of(DataKind.TEXT), "free");

        assertThat(families(values)).containsExactly("valid.nominal", "valid.text-max", "invalid.wrong-type");
        assertThat(value(values, "valid.nominal").textValue()).hasSize(8);
        assertThat(value(values, "valid.text-max").textValue()).hasSize(64);
    }

    @Test
    void textOfLengthOneHasAOneCharacterNominalAndATwoCharacterTooLongValue() {
        DataType one = new DataType(DataKind.TEXT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(1), Optional.empty(), Optional.empty(), Map.of(), List.of());

        List<GeneratedValue> values = generator.values(one, "one");

        assertThat(value(values, "valid.nominal").textValue()).hasSize(1);
        assertThat(value(values, "valid.text-max").textValue()).hasSize(1);
        assertThat(value(values, "invalid.text-too-long").textValue()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 99})
    void dateValuesAreDigitStringsNoLaterThanNow(long seed) {
        List<GeneratedValue> values = generator(seed, false).values(DATE, "when");

        assertThat(values).filteredOn(GeneratedValue::valid).allSatisfy(v -> {
            assertThat(v.value().isTextual()).isTrue();
            assertThat(v.value().textValue()).matches("\\d+");
            assertThat(Long.parseLong(v.value().textValue())).isLessThanOrEqualTo(NOW.toEpochMilli());
        });
        assertThat(value(values, "valid.nominal").textValue()).isEqualTo(String.valueOf(NOW.toEpochMilli()));
        assertThat(value(values, "invalid.date-malformed").textValue()).doesNotMatch("\\d+");
    }

    // ---- determinism ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void theSameSeedGivesIdenticalValuesAndAnotherSeedTheSameFamilies(String kind, DataType type, List<String> families) {
        for (boolean stepNormative : new boolean[] {false, true}) {
            List<GeneratedValue> first = generator(42, stepNormative).values(type, "meter/" + kind);

            assertThat(generator(42, stepNormative).values(type, "meter/" + kind)).isEqualTo(first);
            IntStream.of(0, 1, 7, 1234567).forEach(seed -> assertThat(
                    families(generator(seed, stepNormative).values(type, "meter/" + kind)))
                    .as("seed %d", seed).isEqualTo(families(first)));
        }
    }

    // ---- agreement with the validator ----

    static Stream<Arguments> everyGeneratedValue() {
        List<Arguments> cases = new ArrayList<>();
        List<Arguments> types = new ArrayList<>(everyKind().toList());
        types.add(Arguments.of("int step 10", numeric(DataKind.INT, "0", "100", "10"), List.of()));
        types.add(Arguments.of("float 0..1 step 0.3", numeric(DataKind.FLOAT, "0", "1", "0.3"), List.of()));
        types.add(Arguments.of("float -40..-10", numeric(DataKind.FLOAT, "-40", "-10", null), List.of()));
        types.add(Arguments.of("int -40..-10", numeric(DataKind.INT, "-40", "-10", null), List.of()));
        types.add(Arguments.of("double 5..5", numeric(DataKind.DOUBLE, "5", "5", null), List.of()));
        types.add(Arguments.of("double unbounded", DataType.of(DataKind.DOUBLE), List.of()));
        types.add(Arguments.of("double huge", numeric(DataKind.DOUBLE, "0", "99999999", "0.01"), List.of()));
        types.add(Arguments.of("enum one key", labelled(DataKind.ENUM, Map.of("7", "only")), List.of()));
        types.add(Arguments.of("empty struct", struct(), List.of()));
        types.add(Arguments.of("struct of stepped doubles", struct(member("lat",
                numeric(DataKind.DOUBLE, null, null, "0.5"))), List.of()));
        types.add(Arguments.of("text unbounded", DataType.of(DataKind.TEXT), List.of()));
        types.add(Arguments.of("array of array", array(ARRAY_OF_INT, 2), List.of()));
        for (Arguments type : types) {
            String name = (String) type.get()[0];
            DataType dataType = (DataType) type.get()[1];
            for (boolean stepNormative : new boolean[] {false, true}) {
                generator(42, stepNormative).values(dataType, name).forEach(v -> cases.add(Arguments.of(
                        name + (stepNormative ? " (step normative)" : ""), v.family(), v, dataType)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyGeneratedValue")
    void everyGeneratedValueAgreesWithTheValidatorExceptOffStep(String type, String family, GeneratedValue value,
                                                                DataType dataType) {
        boolean accepted = VALIDATOR.validate(value.value(), dataType).isEmpty();

        if (family.equals("invalid.off-step")) {
            assertThat(value.valid()).isFalse();
            assertThat(accepted).as("the validator does not check steps: %s is accepted", value.value()).isTrue();
        } else {
            assertThat(accepted).as("%s %s", family, value.value()).isEqualTo(value.valid());
        }
    }

    // ---- helpers ----

    private static ValueGenerator generator(long seed, boolean stepNormative) {
        return new ValueGenerator(new GenerationOptions(seed, stepNormative, NOW));
    }

    private static DataType numeric(DataKind kind, String min, String max, String step) {
        return DataType.numeric(kind, min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
                step == null ? null : new BigDecimal(step));
    }

    private static DataType labelled(DataKind kind, Map<String, String> labels) {
        return new DataType(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), labels, List.of());
    }

    private static DataType.Member member(String id, DataType type) {
        return new DataType.Member(id, id, type);
    }

    private static DataType struct(DataType.Member... members) {
        return new DataType(DataKind.STRUCT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of(members));
    }

    private static DataType array(DataType item, Integer size) {
        return new DataType(DataKind.ARRAY, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.ofNullable(size), Optional.of(item), Map.of(), List.of());
    }

    private static List<String> families(List<GeneratedValue> values) {
        return values.stream().map(GeneratedValue::family).toList();
    }

    private static JsonNode value(List<GeneratedValue> values, String family) {
        return values.stream().filter(v -> v.family().equals(family)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + family + " in " + families(values))).value();
    }

    private static <T> T assertNoException(java.util.concurrent.Callable<T> call) {
        List<T> result = new ArrayList<>();
        assertThatCode(() -> result.add(call.call())).doesNotThrowAnyException();
        return result.get(0);
    }
}
