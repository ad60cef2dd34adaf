package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.thingconform.profile.step.Lwm2mAwaitEventStep;
import org.thingconform.profile.step.Lwm2mCancelObservationStep;
import org.thingconform.profile.step.Lwm2mChangeStep;
import org.thingconform.profile.step.Lwm2mExpectNoEventStep;
import org.thingconform.profile.step.Lwm2mObserveStep;
import org.thingconform.profile.step.Step;

/**
 * Parses the LwM2M Information Reporting steps ({@code lwm2mObserve}, {@code lwm2mChange},
 * {@code lwm2mAwaitEvent}, {@code lwm2mExpectNoEvent}, {@code lwm2mCancelObservation}): observations, the
 * client's changes and the server's event stream. {@link StepParser} hands these step kinds here; every
 * argument is checked, every problem a located error.
 */
final class Lwm2mReportingStepParser {

    static final Set<String> KINDS = Set.of("lwm2mObserve", "lwm2mChange", "lwm2mAwaitEvent", "lwm2mExpectNoEvent",
            "lwm2mCancelObservation");
    private static final Pattern PATH = Pattern.compile("/\\d+(/\\d+){0,3}");
    private static final Pattern RESOURCE = Pattern.compile("/\\d+/\\d+/\\d+(/\\d+)?");
    private static final Set<String> FORMATS = Set.of("text", "opaque", "tlv", "json", "senml-json", "senml-cbor", "cbor");
    private static final Set<String> EVENT_KINDS = Set.of("registration", "update", "deregistration", "notification");
    private static final Duration DEFAULT_WITHIN = Duration.ofSeconds(5);
    private static final Duration DEFAULT_QUIET = Duration.ofSeconds(2);

    private Lwm2mReportingStepParser() {
    }

    static Set<String> allowedKeys(String kind) {
        return switch (kind) {
            case "lwm2mObserve" -> Set.of("client", "path", "format", "saveAs");
            case "lwm2mChange" -> Set.of("client", "path", "value");
            case "lwm2mAwaitEvent" -> Set.of("client", "kind", "path", "value", "within");
            case "lwm2mExpectNoEvent" -> Set.of("client", "kind", "path", "quietPeriod");
            case "lwm2mCancelObservation" -> Set.of("client", "path", "mode");
            default -> Set.of();
        };
    }

    static Step parse(String kind, Fields f) {
        return switch (kind) {
            case "lwm2mObserve" -> new Lwm2mObserveStep(f.location(), client(f), path(f, true), format(f),
                    f.optionalText("saveAs", null));
            case "lwm2mChange" -> change(f);
            case "lwm2mAwaitEvent" -> awaitEvent(f);
            case "lwm2mExpectNoEvent" -> new Lwm2mExpectNoEventStep(f.location(), client(f), eventKind(f),
                    f.has("path") ? path(f, true) : null, ProfileLoader.duration(f, "quietPeriod", DEFAULT_QUIET));
            case "lwm2mCancelObservation" -> cancel(f);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Step change(Fields f) {
        String path = f.requiredText("path", "a resource path, e.g. /3/0/9");
        if (!RESOURCE.matcher(path).matches()) {
            throw f.error("path", "'" + path + "' is not a resource path", "/object/instance/resource[/instance], "
                    + "e.g. /3/0/9: only a resource holds a value");
        }
        if (!f.has("value")) {
            throw f.error(null, "lwm2mChange needs the new 'value'", "value: 42 (a number, text or boolean)");
        }
        return new Lwm2mChangeStep(f.location(), client(f), path, scalar(f, "value"));
    }

    private static Step awaitEvent(Fields f) {
        String kind = eventKind(f);
        String path = f.has("path") ? path(f, true) : null;
        Object value = f.has("value") ? scalar(f, "value") : null;
        if ((path != null || value != null) && !kind.equals("notification")) {
            throw f.error(f.has("path") ? "path" : "value", "only a notification names a path and a value, not a "
                    + kind, "kind: notification, or no path and value");
        }
        return new Lwm2mAwaitEventStep(f.location(), client(f), kind, path, value, ProfileLoader.duration(f, "within",
                DEFAULT_WITHIN));
    }

    private static Step cancel(Fields f) {
        String mode = f.requiredText("mode", "active (GET with Observe 1) or passive (RST on the next notification)");
        if (!mode.equals("active") && !mode.equals("passive")) {
            throw f.error("mode", "unknown cancel mode '" + mode + "'", "active (GET with Observe 1) or passive (RST "
                    + "on the next notification)");
        }
        return new Lwm2mCancelObservationStep(f.location(), client(f), path(f, true), mode.equals("active"));
    }

    private static String eventKind(Fields f) {
        String kind = f.requiredText("kind", "registration, update, deregistration or notification");
        if (!EVENT_KINDS.contains(kind)) {
            throw f.error("kind", "unknown event kind '" + kind + "'", "registration, update, deregistration or "
                    + "notification");
        }
        return kind;
    }

    private static String path(Fields f, boolean required) {
        String path = required ? f.requiredText("path", "an object, instance or resource path, e.g. /3/0/9")
                : f.optionalText("path", null);
        if (path != null && !PATH.matcher(path).matches()) {
            throw f.error("path", "'" + path + "' is not an LwM2M path", "/object[/instance[/resource[/instance]]], "
                    + "e.g. /3/0/9");
        }
        return path;
    }

    private static String format(Fields f) {
        String format = f.optionalText("format", "text");
        if (!FORMATS.contains(format)) {
            throw f.error("format", "unknown content format '" + format + "'", "text, tlv, senml-json, senml-cbor, "
                    + "json, opaque or cbor");
        }
        return format;
    }

    /** A YAML scalar as a Java value: Long, Double, Boolean or String. */
    private static Object scalar(Fields f, String key) {
        JsonNode node = f.node().get(key);
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.asText();
        }
        throw f.error(key, "'" + key + "' must be a number, text or boolean", "e.g. 42, 21.5, true or \"on\"");
    }

    private static String client(Fields f) {
        return f.requiredText("client", "the name of the LwM2M client playing this step, e.g. dev");
    }
}
