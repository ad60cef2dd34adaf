package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.profile.step.Lwm2mReadStep;
import org.thingconform.profile.step.Lwm2mRegisterStep;
import org.thingconform.profile.step.Lwm2mWriteStep;
import org.thingconform.thingmodel.generate.GeneratedValue;
import org.thingconform.thingmodel.lwm2m.Lwm2mType;

/**
 * The shipped LwM2M profile's generated clauses: a read of every readable single-value resource, a write of every
 * writable one with each valid value, and each invalid value that means something for LwM2M types.
 */
class Lwm2mResourceCasesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static Profile profile;
    private static final CaseExpander EXPANDER = new CaseExpander(7, Instant.parse("2026-12-01T00:00:00Z"));

    @BeforeAll
    static void load() {
        profile = ProfileLoader.load(Path.of("test-profiles/lwm2m/profile.yaml"));
    }

    @Test
    void everyReadableSingleValueResourceIsReadOnInstanceZeroOfAClientWithThatObjectAlone() {
        List<GeneratedCase> cases = EXPANDER.expand(profile, clause("LWM2M-6.3.1-6"));

        assertThat(ids(cases)).contains("device/manufacturer/read", "device/batteryLevel/read",
                "device/currentTime/read", "server/lifetime/read", "temperature/sensorValue/read")
                .doesNotContain("device/reboot/read", "device/availablePowerSources/read", "server/aPNLink/read");
        GeneratedCase battery = byId(cases, "device/batteryLevel/read");
        assertThat(((Lwm2mRegisterStep) battery.given().get(0)).objects()).containsExactly("device");
        Lwm2mReadStep read = (Lwm2mReadStep) battery.steps().get(0);
        assertThat(read.path()).isEqualTo("/3/0/9");
        assertThat(read.format()).isEqualTo("tlv");
        assertThat(battery.parameters()).containsEntry("dataType", "Integer range=0..100");
    }

    @Test
    void everyWritableResourceIsWrittenWithItsValidValuesAndOnlyMeaningfulInvalidOnes() {
        Map<String, GeneratedCase> valid = byId(EXPANDER.expand(profile, clause("LWM2M-6.3.3-4")));
        Map<String, GeneratedCase> invalid = byId(EXPANDER.expand(profile, clause("LWM2M-6.3.3-5")));

        assertThat(valid).containsKeys("server/lifetime/valid.min", "server/lifetime/valid.max",
                "device/timezone/valid.nominal", "temperature/applicationType/valid.text-max",
                "server/muteSend/valid.bool-0").doesNotContainKey("device/manufacturer/valid.nominal");
        Lwm2mWriteStep write = (Lwm2mWriteStep) valid.get("server/muteSend/valid.bool-0").steps().get(0);
        assertThat(write.values()).containsEntry(23, JSON.booleanNode(false));
        assertThat(write.replace()).isTrue();
        assertThat(write.expect()).isEqualTo(Lwm2mWriteStep.Expect.WRITTEN);

        assertThat(invalid).containsKeys("server/lifetime/invalid.fraction", "server/lifetime/invalid.wrong-type",
                "server/muteSend/invalid.enum-unknown", "device/currentTime/invalid.wrong-type")
                .doesNotContainKeys("device/timezone/invalid.wrong-type", "server/lifetime/invalid.numeric-string",
                        "server/muteSend/invalid.wrong-type", "device/currentTime/invalid.date-malformed");
        assertThat(invalid.values()).allSatisfy(c ->
                assertThat(((Lwm2mWriteStep) c.steps().get(0)).expect()).isEqualTo(Lwm2mWriteStep.Expect.REJECTED));
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        Clause clause = clause("LWM2M-6.3.3-4");
        assertThat(new CaseExpander(7, Instant.parse("2026-12-01T00:00:00Z")).expand(profile, clause))
                .isEqualTo(EXPANDER.expand(profile, clause));
    }

    @Test
    void whatAFamilyMeansForAnLwm2mType() {
        assertThat(Lwm2mResourceCases.lwm2mValue(new GeneratedValue("valid.nominal", JSON.numberNode(1), ""),
                Lwm2mType.BOOLEAN)).hasValue(JSON.booleanNode(true));
        assertThat(Lwm2mResourceCases.lwm2mValue(new GeneratedValue("valid.nominal", JSON.textNode("1796442172000"), ""),
                Lwm2mType.TIME)).hasValue(JSON.textNode("2026-12-05T03:42:52Z"));
        assertThat(Lwm2mResourceCases.lwm2mValue(new GeneratedValue("invalid.wrong-type", JSON.numberNode(42), ""),
                Lwm2mType.STRING)).isEmpty();
        assertThat(Lwm2mResourceCases.lwm2mValue(new GeneratedValue("invalid.above-max", JSON.numberNode(101), ""),
                Lwm2mType.INTEGER)).hasValue(JSON.numberNode(101));
    }

    private static Clause clause(String id) {
        return profile.clauses().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<GeneratedCase> cases) {
        return cases.stream().map(GeneratedCase::id).toList();
    }

    private static GeneratedCase byId(List<GeneratedCase> cases, String id) {
        return byId(cases).get(id);
    }

    private static Map<String, GeneratedCase> byId(List<GeneratedCase> cases) {
        return cases.stream().collect(Collectors.toMap(GeneratedCase::id, c -> c));
    }
}
