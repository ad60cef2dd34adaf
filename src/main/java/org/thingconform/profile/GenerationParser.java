package org.thingconform.profile;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thingconform.thingmodel.Service;

/** Reads a clause's {@code generate} section into a {@link Generation}, with located errors. */
final class GenerationParser {

    private static final Map<String, Generation.Element> ELEMENTS = Map.of("property", Generation.Element.PROPERTY,
            "event", Generation.Element.EVENT, "service", Generation.Element.SERVICE,
            "resource", Generation.Element.RESOURCE);
    private static final String KINDS = "property, event, service or resource";

    private GenerationParser() {
    }

    /**
     * @param lwm2mModels the profile's thing model ids that are LwM2M object models, which {@code forEach: resource}
     *                    ranges over
     */
    static Generation parse(Fields clause, Map<String, String> devices, Set<String> lwm2mModels,
                            ParameterSubstitution substitution, Duration defaultQuiet) {
        Fields f = Fields.of(clause.document(), clause.child("generate"),
                substitution.apply(clause.requiredObject("generate", "{forEach, device, families, expect}"),
                        clause.child("generate")),
                "generate", Set.of("forEach", "device", "families", "exclude", "expect", "code", "coerce",
                        "stepNormative", "quietPeriod", "callType", "timeoutStatus", "objects", "format"));
        String forEach = f.requiredText("forEach", KINDS);
        Generation.Element element = ELEMENTS.get(forEach);
        if (element == null) {
            throw f.error("forEach", "unknown element kind '" + forEach + "'", KINDS);
        }
        if (element == Generation.Element.RESOURCE) {
            return Lwm2mGenerationParser.parse(f, lwm2mModels, defaultQuiet);
        }
        for (String lwm2mOnly : List.of("objects", "format")) {
            if (f.has(lwm2mOnly)) {
                throw f.error(lwm2mOnly, lwm2mOnly + " belongs to forEach: resource", "no " + lwm2mOnly + " here");
            }
        }
        String device = f.optionalText("device", null);
        if (device != null && !devices.containsKey(device)) {
            throw f.error("device", "unknown device role '" + device + "'", "one of " + devices.keySet());
        }
        List<String> families = families(f);
        String outcomes = "accepted, rejected, notDelivered, refused or timedOut";
        String expectText = f.requiredText("expect", outcomes);
        Generation.Outcome outcome = switch (expectText) {
            case "accepted" -> Generation.Outcome.ACCEPTED;
            case "rejected" -> Generation.Outcome.REJECTED;
            case "notDelivered" -> Generation.Outcome.NOT_DELIVERED;
            case "refused" -> Generation.Outcome.REFUSED;
            case "timedOut" -> Generation.Outcome.TIMED_OUT;
            default -> throw f.error("expect", "unknown outcome '" + expectText + "'", outcomes);
        };
        if (outcome == Generation.Outcome.NOT_DELIVERED && element != Generation.Element.SERVICE) {
            throw f.error("expect", "notDelivered applies to services only", "rejected for properties and events");
        }
        if (outcome == Generation.Outcome.REFUSED && element != Generation.Element.PROPERTY) {
            throw f.error("expect", "refused applies to northbound sets of properties only", "rejected or notDelivered");
        }
        Service.CallType callType = null;
        if (f.has("callType")) {
            String text = f.requiredText("callType", "async or sync");
            callType = switch (text) {
                case "async" -> Service.CallType.ASYNC;
                case "sync" -> Service.CallType.SYNC;
                default -> throw f.error("callType", "unknown callType '" + text + "'", "async or sync");
            };
            if (element != Generation.Element.SERVICE) {
                throw f.error("callType", "callType narrows services only", "forEach: service, or no callType");
            }
        }
        Integer timeoutStatus = f.optionalInt("timeoutStatus");
        if (outcome == Generation.Outcome.TIMED_OUT) {
            if (element != Generation.Element.SERVICE || callType != Service.CallType.SYNC) {
                throw f.error("expect", "timedOut applies to sync services only", "forEach: service with callType: sync");
            }
            if (timeoutStatus == null) {
                throw f.error(null, "expect: timedOut needs the northbound status a timed-out call answers",
                        "timeoutStatus, e.g. 504");
            }
        } else if (timeoutStatus != null) {
            throw f.error("timeoutStatus", "timeoutStatus belongs to expect: timedOut", "no timeoutStatus here");
        }
        Duration quiet = defaultQuiet;
        if (f.has("quietPeriod")) {
            quiet = ProfileLoader.duration(f, "quietPeriod", defaultQuiet);
        }
        return new Generation(element, device, families, f.textList("exclude"), outcome, f.optionalInt("code"),
                f.textList("coerce"), f.optionalBoolean("stepNormative", false), quiet, callType, timeoutStatus,
                List.of(), null);
    }

    /** The clause's family globs, at least one, each well formed. */
    static List<String> families(Fields f) {
        List<String> families = f.textList("families");
        if (families.isEmpty()) {
            throw f.error("families", "no families to generate", "family globs such as [\"invalid.*\"]");
        }
        for (String family : families) {
            if (!family.matches("^(valid|invalid|access|timeout)(\\.[a-z0-9*?-]+)?[*]?$")) {
                throw f.error("families", "'" + family + "' is not a family glob",
                        "valid.*, invalid.*, access.read-only-set, timeout.no-answer or a single family such as "
                                + "invalid.above-max");
            }
        }
        return families;
    }

    /** The outcome names as written in profiles, for messages. */
    static String outcomeName(Generation.Outcome outcome) {
        String name = outcome.name().toLowerCase(Locale.ROOT);
        return switch (outcome) {
            case NOT_DELIVERED -> "notDelivered";
            case TIMED_OUT -> "timedOut";
            default -> name;
        };
    }
}
