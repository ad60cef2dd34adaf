package org.thingconform.thingmodel.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thingconform.thingmodel.DataKind;
import org.thingconform.thingmodel.DataType;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.TslImporter;
import org.thingconform.thingmodel.ValueValidator;

/**
 * Value generation: every family per kind, determinism for a seed, and agreement with the
 * reference platform's validator (two independent implementations, so a disagreement
 * points at a bug in one of them).
 */
class ValueGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private static final ThingModel METER = TslImporter.importFile(Path.of("test-profiles/tsl-alink-mqtt/smart-meter.tsl.json"));
    private final ValueGenerator generator = new ValueGenerator(new GenerationOptions(42, false, NOW));

    @Test
    void aFloatGetsBoundariesOutOfRangeValuesAndTheNoDecimalPointCase() {
        DataType voltage = METER.property("voltage").orElseThrow().dataType();

        List<GeneratedValue> values = generator.values(voltage, "meter/voltage");

        assertThat(values).extracting(GeneratedValue::family).contains("valid.nominal", "valid.min", "valid.max",
                "valid.step", "invalid.below-min", "invalid.above-max", "invalid.no-decimal-point",
                "invalid.numeric-string", "invalid.wrong-type").doesNotContain("invalid.off-step");
        assertThat(value(values, "valid.max").toString()).isEqualTo("480.0");
        assertThat(value(values, "invalid.above-max").toString()).isEqualTo("480.1");
        assertThat(value(values, "invalid.no-decimal-point").isIntegralNumber()).isTrue();
        assertThat(values).filteredOn(v -> v.family().startsWith("valid."))
                .allSatisfy(v -> assertThat(v.value().isFloatingPointNumber()).as(v.description()).isTrue());
    }

    @Test
    void offStepValuesOnlyWhenTheProfileMakesTheStepNormative() {
        DataType interval = METER.property("reportInterval").orElseThrow().dataType();
        DataType stepped = DataType.numeric(DataKind.INT, BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.TEN);

        assertThat(new ValueGenerator(new GenerationOptions(42, true, NOW)).values(stepped, "x"))
                .extracting(GeneratedValue::family).contains("invalid.off-step");
        assertThat(new ValueGenerator(new GenerationOptions(42, true, NOW)).values(interval, "x"))
                .extracting(GeneratedValue::family).as("step 1: no integer lies between two steps")
                .doesNotContain("invalid.off-step");
    }

    @Test
    void everyKindHasValidAndInvalidFamilies() {
        DataType text = METER.property("meterLabel").orElseThrow().dataType();
        DataType enumeration = METER.property("tariffMode").orElseThrow().dataType();
        DataType bool = METER.property("relayOn").orElseThrow().dataType();
        DataType date = DataType.of(DataKind.DATE);
        DataType struct = new DataType(DataKind.STRUCT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                List.of(new DataType.Member("a", "a", text), new DataType.Member("b", "b", bool)));
        DataType array = new DataType(DataKind.ARRAY, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(3), Optional.of(enumeration), Map.of(), List.of());

        assertThat(generator.values(text, "t")).extracting(GeneratedValue::family)
                .contains("valid.text-max", "invalid.text-too-long");
        assertThat(generator.values(enumeration, "e")).extracting(GeneratedValue::family)
                .contains("valid.enum-0", "valid.enum-1", "valid.enum-2", "invalid.enum-unknown");
        assertThat(generator.values(bool, "b")).extracting(GeneratedValue::family).contains("valid.bool-0", "invalid.wrong-type");
        assertThat(generator.values(date, "d")).extracting(GeneratedValue::family).contains("invalid.date-malformed");
        assertThat(generator.values(struct, "s")).extracting(GeneratedValue::family).contains(
                "invalid.struct-missing-member", "invalid.struct-unknown-member", "invalid.struct-invalid-member");
        assertThat(generator.values(array, "a")).extracting(GeneratedValue::family)
                .contains("valid.array-max", "invalid.array-too-long", "invalid.array-wrong-item");
        assertThat(value(generator.values(array, "a"), "valid.array-max").size()).isEqualTo(3);
    }

    @Test
    void theSameSeedGivesTheSameValuesAndAnotherSeedOtherNominals() {
        DataType energy = METER.property("energyTotal").orElseThrow().dataType();
        ValueGenerator again = new ValueGenerator(new GenerationOptions(42, false, NOW));
        ValueGenerator other = new ValueGenerator(new GenerationOptions(7, false, NOW));

        assertThat(again.values(energy, "meter/energyTotal")).isEqualTo(generator.values(energy, "meter/energyTotal"));
        assertThat(other.nominal(energy, "meter/energyTotal")).isNotEqualTo(generator.nominal(energy, "meter/energyTotal"));
    }

    @Test
    void theFamiliesAgreeWithTheIndependentValidatorForEveryPropertyOfTheShippedModel() {
        ValueValidator validator = ValueValidator.strict();
        METER.properties().forEach(property -> generator.values(property.dataType(), property.identifier())
                .forEach(v -> assertThat(validator.validate(v.value(), property.dataType()).isEmpty())
                        .as("%s %s %s", property.identifier(), v.family(), v.value()).isEqualTo(v.valid())));
    }

    private static com.fasterxml.jackson.databind.JsonNode value(List<GeneratedValue> values, String family) {
        return values.stream().filter(v -> v.family().equals(family)).findFirst().orElseThrow().value();
    }
}
