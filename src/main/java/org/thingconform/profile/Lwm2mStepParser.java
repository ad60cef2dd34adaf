package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.thingconform.profile.step.Lwm2mDeregisterStep;
import org.thingconform.profile.step.Lwm2mQueuedReadStep;
import org.thingconform.profile.step.Lwm2mReadStep;
import org.thingconform.profile.step.Lwm2mRegisterStep;
import org.thingconform.profile.step.Lwm2mRegistrationStep;
import org.thingconform.profile.step.Lwm2mUpdateStep;
import org.thingconform.profile.step.Step;

/**
 * Parses the LwM2M client steps ({@code lwm2mRegister}, {@code lwm2mUpdate}, {@code lwm2mDeregister},
 * {@code lwm2mRegistration}, {@code lwm2mRead}, {@code lwm2mQueuedRead}): named simulated LwM2M clients and the server's view of them. {@link StepParser}
 * hands these step kinds here; every argument is checked, every problem a located error.
 */
final class Lwm2mStepParser {

    static final Set<String> KINDS = Set.of("lwm2mRegister", "lwm2mUpdate", "lwm2mDeregister", "lwm2mRegistration",
            "lwm2mRead", "lwm2mQueuedRead");
    static final Pattern PATH = Pattern.compile("/\\d+(/\\d+){0,3}");
    static final Set<String> FORMATS = Set.of("text", "opaque", "tlv", "json", "senml-json", "senml-cbor", "cbor");

    private static final Pattern CODE = Pattern.compile("[245]\\.\\d\\d");
    private static final Set<String> REGISTER_PARAMETERS = Set.of("ep", "lt", "lwm2m", "b");
    private static final Pattern LINK = Pattern.compile("/\\d+(/\\d+)?");
    private static final Pattern RESOURCE = Pattern.compile("/\\d+/\\d+/\\d+");
    private static final long DEFAULT_LIFETIME = 300;
    private static final Duration DEFAULT_WITHIN = Duration.ofSeconds(5);
    private static final Duration DEFAULT_QUIET = Duration.ofSeconds(1);

    private Lwm2mStepParser() {
    }

    static Set<String> allowedKeys(String kind) {
        return switch (kind) {
            case "lwm2mRegister" -> Set.of("client", "endpoint", "objects", "lifetime", "omit", "expect", "queueMode");
            case "lwm2mUpdate" -> Set.of("client", "lifetime", "objects", "registration", "expect");
            case "lwm2mDeregister" -> Set.of("client", "expect");
            case "lwm2mRegistration" -> Set.of("client", "expect", "lifetime", "objects", "within");
            case "lwm2mRead" -> Set.of("client", "path", "format", "answer", "expect");
            case "lwm2mQueuedRead" -> Set.of("client", "path", "format", "awakeTime", "quietPeriod");
            default -> Set.of();
        };
    }

    static Step parse(String kind, Fields f) {
        return switch (kind) {
            case "lwm2mRegister" -> register(f);
            case "lwm2mUpdate" -> update(f);
            case "lwm2mDeregister" -> new Lwm2mDeregisterStep(f.location(), client(f), codes(f, "2.02", false));
            case "lwm2mRegistration" -> registration(f);
            case "lwm2mRead" -> read(f);
            case "lwm2mQueuedRead" -> queuedRead(f);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Step register(Fields f) {
        List<String> omit = f.textList("omit");
        for (int i = 0; i < omit.size(); i++) {
            if (!REGISTER_PARAMETERS.contains(omit.get(i))) {
                throw f.document().error(f.child("omit") + "/" + i, "unknown registration parameter '" + omit.get(i) + "'",
                        "ep, lt, lwm2m or b");
            }
        }
        return new Lwm2mRegisterStep(f.location(), client(f), f.optionalText("endpoint", null), f.textList("objects"),
                lifetime(f, DEFAULT_LIFETIME), omit, codes(f, "2.01", true), expectLocation(f),
                f.optionalBoolean("queueMode", false));
    }

    private static Step update(Fields f) {
        String registration = f.optionalText("registration", "current");
        if (!registration.equals("current") && !registration.equals("unknown")) {
            throw f.error("registration", "unknown registration '" + registration + "'",
                    "current (the client's own) or unknown (one the server never gave)");
        }
        return new Lwm2mUpdateStep(f.location(), client(f), f.has("lifetime") ? lifetime(f, 0) : null,
                f.optionalBoolean("objects", false), registration.equals("unknown"), codes(f, "2.04", false));
    }

    private static Step registration(Fields f) {
        String expect = f.optionalText("expect", "registered");
        if (!expect.equals("registered") && !expect.equals("absent")) {
            throw f.error("expect", "unknown expectation '" + expect + "'", "registered or absent");
        }
        List<String> objects = f.textList("objects");
        for (int i = 0; i < objects.size(); i++) {
            if (!LINK.matcher(objects.get(i)).matches()) {
                throw f.document().error(f.child("objects") + "/" + i, "'" + objects.get(i) + "' is not an object link",
                        "an object or object instance, e.g. /3 or /3/0");
            }
        }
        return new Lwm2mRegistrationStep(f.location(), client(f), expect.equals("registered"),
                f.has("lifetime") ? lifetime(f, 0) : null, objects, ProfileLoader.duration(f, "within", DEFAULT_WITHIN));
    }

    private static Step read(Fields f) {
        String path = f.requiredText("path", "an object, instance or resource path, e.g. /3/0/0");
        if (!PATH.matcher(path).matches()) {
            throw f.error("path", "'" + path + "' is not an LwM2M path", "/object[/instance[/resource[/instance]]], e.g. /3/0/0");
        }
        String format = f.optionalText("format", "text");
        if (!FORMATS.contains(format)) {
            throw f.error("format", "unknown content format '" + format + "'", "text, tlv, senml-json, senml-cbor, json, "
                    + "opaque or cbor");
        }
        String answer = f.has("answer") ? code(f, f.child("answer"), f.node().get("answer")) : null;
        String expect = f.optionalText("expect", answer == null ? "value" : "error");
        Lwm2mReadStep.Expect expectation = switch (expect) {
            case "value" -> Lwm2mReadStep.Expect.VALUE;
            case "error" -> Lwm2mReadStep.Expect.ERROR;
            case "refused" -> Lwm2mReadStep.Expect.REFUSED;
            default -> throw f.error("expect", "unknown expectation '" + expect + "'", "value, error or refused");
        };
        if ((expectation == Lwm2mReadStep.Expect.ERROR) != (answer != null)) {
            throw f.error("expect", "expect: error goes with 'answer' (the code the client answers), and only with it",
                    "answer: \"4.04\" with expect: error");
        }
        return new Lwm2mReadStep(f.location(), client(f), path, format, answer, expectation);
    }

    private static Step queuedRead(Fields f) {
        String path = f.requiredText("path", "a resource path, e.g. /3/0/0");
        if (!RESOURCE.matcher(path).matches()) {
            throw f.error("path", "'" + path + "' is not a resource path", "/object/instance/resource, e.g. /3/0/0");
        }
        String format = f.optionalText("format", "text");
        if (!FORMATS.contains(format)) {
            throw f.error("format", "unknown content format '" + format + "'", "text, tlv, senml-json, senml-cbor, json, "
                    + "opaque or cbor");
        }
        if (!f.has("awakeTime")) {
            throw f.error(null, "missing required key 'awakeTime'", "the server's awake time, usually the IXIT "
                    + "parameter: awakeTime: \"${queueAwakeTime}\"");
        }
        return new Lwm2mQueuedReadStep(f.location(), client(f), path, format,
                ProfileLoader.duration(f, "awakeTime", null), ProfileLoader.duration(f, "quietPeriod", DEFAULT_QUIET));
    }

    static String client(Fields f) {
        return f.requiredText("client", "the name of the LwM2M client playing this step, e.g. dev");
    }

    private static long lifetime(Fields f, long fallback) {
        Integer lifetime = f.optionalInt("lifetime");
        if (lifetime == null) {
            return fallback;
        }
        if (lifetime < 1) {
            throw f.error("lifetime", "lifetime " + lifetime + " is not positive", "seconds, at least 1, e.g. 300");
        }
        return lifetime;
    }

    /** {@code expect: {code: "2.01" | [..]}}; {@code fallback} when none is given. */
    private static List<String> codes(Fields f, String fallback, boolean withLocation) {
        if (!f.has("expect")) {
            return List.of(fallback);
        }
        Fields e = Fields.of(f.document(), f.child("expect"), f.requiredObject("expect", "{code}"), "expect of "
                + "an LwM2M step", withLocation ? Set.of("code", "location") : Set.of("code"));
        if (!e.has("code")) {
            return List.of(fallback);
        }
        JsonNode node = e.node().get("code");
        List<String> codes = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                codes.add(code(e, e.child("code") + "/" + i, node.get(i)));
            }
        } else {
            codes.add(code(e, e.child("code"), node));
        }
        return codes;
    }

    static String code(Fields e, String pointer, JsonNode node) {
        if (node == null) {
            throw e.document().error(pointer, "missing CoAP response code", "a quoted code such as \"4.04\"");
        }
        String code = node.asText();
        if (!node.isTextual() || !CODE.matcher(code).matches()) {
            throw e.document().error(pointer, "'" + code + "' is not a CoAP response code", "a quoted code such as \"2.01\" "
                    + "or \"4.04\"");
        }
        return code;
    }

    private static boolean expectLocation(Fields f) {
        if (!f.has("expect") || !f.node().get("expect").isObject() || !f.node().get("expect").has("location")) {
            return true;
        }
        JsonNode location = f.node().get("expect").get("location");
        if (!location.isBoolean()) {
            throw f.document().error(f.child("expect") + "/location", "'location' must be true or false",
                    "true: the answer carries a Location-Path under /rd");
        }
        return location.booleanValue();
    }
}
