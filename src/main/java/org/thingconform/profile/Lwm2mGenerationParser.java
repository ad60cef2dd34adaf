package org.thingconform.profile;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code generate} section with {@code forEach: resource}: a clause expanded over the resources of the
 * profile's LwM2M object models. {@code expect: read} reads every readable resource; {@code accepted} writes
 * every writable resource with each valid value of its type and range, {@code rejected} with each invalid one
 * ({@code families} choose which). Every read or write is in {@code format}.
 */
final class Lwm2mGenerationParser {

    private static final String OUTCOMES = "read, accepted or rejected";

    private Lwm2mGenerationParser() {
    }

    static Generation parse(Fields f, Set<String> lwm2mModels, Duration defaultQuiet) {
        for (String other : List.of("device", "coerce", "stepNormative", "quietPeriod", "callType", "timeoutStatus",
                "code")) {
            if (f.has(other)) {
                throw f.error(other, other + " does not apply to forEach: resource",
                        "objects, format, families, exclude and expect");
            }
        }
        if (lwm2mModels.isEmpty()) {
            throw f.error("forEach", "forEach: resource needs LwM2M object models, and the profile has none",
                    "thingModels with format: lwm2m-ddf");
        }
        List<String> objects = f.textList("objects");
        for (String object : objects) {
            if (!lwm2mModels.contains(object)) {
                throw f.error("objects", "'" + object + "' is not an LwM2M object model of the profile",
                        "one of " + lwm2mModels);
            }
        }
        String format = f.requiredText("format", "the content format of every read or write, e.g. tlv");
        if (!Lwm2mStepParser.FORMATS.contains(format)) {
            throw f.error("format", "unknown content format '" + format + "'", "one of "
                    + new java.util.TreeSet<>(Lwm2mStepParser.FORMATS));
        }
        String expectText = f.requiredText("expect", OUTCOMES);
        Generation.Outcome outcome = switch (expectText) {
            case "read" -> Generation.Outcome.READ;
            case "accepted" -> Generation.Outcome.ACCEPTED;
            case "rejected" -> Generation.Outcome.REJECTED;
            default -> throw f.error("expect", "unknown outcome '" + expectText + "' for resources", OUTCOMES);
        };
        List<String> families;
        if (outcome == Generation.Outcome.READ) {
            if (f.has("families") || f.has("exclude")) {
                throw f.error(f.has("families") ? "families" : "exclude", "a read takes the value each client holds: "
                        + "no families", "no families with expect: read");
            }
            families = List.of("valid.nominal");
        } else {
            families = GenerationParser.families(f);
        }
        return new Generation(Generation.Element.RESOURCE, null, families, f.textList("exclude"), outcome, null,
                List.of(), false, defaultQuiet, null, null, objects, format);
    }
}
