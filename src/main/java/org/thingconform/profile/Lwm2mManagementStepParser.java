package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.thingconform.profile.step.Lwm2mCreateStep;
import org.thingconform.profile.step.Lwm2mDeleteStep;
import org.thingconform.profile.step.Lwm2mDiscoverStep;
import org.thingconform.profile.step.Lwm2mExecuteStep;
import org.thingconform.profile.step.Lwm2mWriteAttributesStep;
import org.thingconform.profile.step.Lwm2mWriteStep;
import org.thingconform.profile.step.Step;
import org.thingconform.source.DocumentReader;

/**
 * Parses the LwM2M device management steps ({@code lwm2mWrite}, {@code lwm2mExecute}, {@code lwm2mCreate},
 * {@code lwm2mDelete}, {@code lwm2mDiscover}, {@code lwm2mWriteAttributes}). {@link StepParser} hands these
 * step kinds here; each path is checked against what the operation addresses (a Delete an instance, an
 * Execute a resource, …), every problem a located error.
 */
final class Lwm2mManagementStepParser {

    /** Formats that carry one value only: no object instance travels in them. */
    private static final Set<String> SINGLE_VALUE_FORMATS = Set.of("text", "opaque", "cbor");
    /** Execute arguments (Core TS): {@code d[='text']} separated by commas. */
    private static final Pattern ARGUMENTS = Pattern.compile("\\d(='[^']*')?(,\\d(='[^']*')?)*");
    private static final Pattern RESOURCE_ID = Pattern.compile("\\d{1,5}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-z]+");
    private static final int MAX_ID = 65534;

    private Lwm2mManagementStepParser() {
    }

    static Set<String> allowedKeys(String kind) {
        return switch (kind) {
            case "lwm2mWrite" -> Set.of("client", "path", "format", "value", "values", "mode", "answer", "expect");
            case "lwm2mExecute" -> Set.of("client", "path", "args");
            case "lwm2mCreate" -> Set.of("client", "object", "instance", "values");
            case "lwm2mDelete" -> Set.of("client", "path");
            case "lwm2mDiscover" -> Set.of("client", "path", "expect");
            case "lwm2mWriteAttributes" -> Set.of("client", "path", "pmin", "pmax");
            default -> Set.of();
        };
    }

    static Step parse(String kind, Fields f) {
        return switch (kind) {
            case "lwm2mWrite" -> write(f);
            case "lwm2mExecute" -> execute(f);
            case "lwm2mCreate" -> create(f);
            case "lwm2mDelete" -> new Lwm2mDeleteStep(f.location(), Lwm2mStepParser.client(f),
                    path(f, 2, 2, "an object instance /o/i, e.g. /3303/0"));
            case "lwm2mDiscover" -> discover(f);
            case "lwm2mWriteAttributes" -> writeAttributes(f);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Step write(Fields f) {
        String path = path(f, 2, 3, "a resource /o/i/r or an object instance /o/i, e.g. /3/0/15");
        boolean instance = depth(path) == 2;
        String mode = f.optionalText("mode", "replace");
        if (!mode.equals("replace") && !mode.equals("update")) {
            throw f.error("mode", "unknown write mode '" + mode + "'", "replace (PUT) or update (POST, partial)");
        }
        if (mode.equals("update") && !instance) {
            throw f.error("mode", "a partial update (POST) addresses an object instance, not the resource " + path
                    + " (a POST on a resource is an Execute)", "a path /o/i with values: {resourceId: value}");
        }
        String format = f.optionalText("format", instance ? "tlv" : "text");
        if (!Lwm2mStepParser.FORMATS.contains(format)) {
            throw f.error("format", "unknown content format '" + format + "'", "text, tlv, senml-json, senml-cbor, "
                    + "json, opaque or cbor");
        }
        if (instance && SINGLE_VALUE_FORMATS.contains(format)) {
            throw f.error("format", format + " carries a single resource value, not the object instance " + path,
                    "tlv, senml-json, senml-cbor or json");
        }
        Map<Integer, JsonNode> values;
        if (instance) {
            if (f.has("value")) {
                throw f.error("value", "an object instance is written with 'values' (by resource id), not 'value'",
                        "values: {1: 120}");
            }
            values = values(f);
        } else {
            if (f.has("values")) {
                throw f.error("values", "a resource is written with one 'value', not 'values'", "value: 120");
            }
            values = Map.of(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)), scalar(f, "value"));
        }
        String answer = f.has("answer") ? Lwm2mStepParser.code(f, f.child("answer"), f.node().get("answer")) : null;
        String expect = f.optionalText("expect", answer == null ? "written" : "error");
        Lwm2mWriteStep.Expect expectation = switch (expect) {
            case "written" -> Lwm2mWriteStep.Expect.WRITTEN;
            case "error" -> Lwm2mWriteStep.Expect.ERROR;
            case "rejected" -> Lwm2mWriteStep.Expect.REJECTED;
            default -> throw f.error("expect", "unknown expectation '" + expect + "'", "written, error or rejected");
        };
        if (answer != null && expectation != Lwm2mWriteStep.Expect.ERROR) {
            throw f.error("expect", "a client that answers " + answer + " has not written: 'answer' goes with "
                    + "expect: error", "expect: error, or no 'answer'");
        }
        return new Lwm2mWriteStep(f.location(), Lwm2mStepParser.client(f), path, format, values, mode.equals("replace"),
                answer, expectation);
    }

    private static Step execute(Fields f) {
        String path = path(f, 3, 3, "an executable resource /o/i/r, e.g. /3/0/4");
        String args = f.optionalText("args", null);
        if (args != null && !ARGUMENTS.matcher(args).matches()) {
            throw f.error("args", "'" + args + "' is not an Execute argument list",
                    "digits each with an optional quoted value, comma separated, e.g. 0='now',1");
        }
        return new Lwm2mExecuteStep(f.location(), Lwm2mStepParser.client(f), path, args);
    }

    private static Step create(Fields f) {
        int object = id(f, "object", 1, "an object id, e.g. 3303");
        int instance = id(f, "instance", 0, "the new instance's id, e.g. 1");
        return new Lwm2mCreateStep(f.location(), Lwm2mStepParser.client(f), object, instance, values(f));
    }

    private static Step discover(Fields f) {
        String path = path(f, 1, 3, "an object, instance or resource, e.g. /3303/0");
        Map<String, String> attributes = new LinkedHashMap<>();
        if (f.has("expect")) {
            Fields e = Fields.of(f.document(), f.child("expect"), f.node().get("expect"), "expect of lwm2mDiscover",
                    Set.of("attributes"));
            JsonNode expected = e.requiredObject("attributes", "attributes: {pmin: \"10\"}");
            expected.fields().forEachRemaining(entry -> {
                String pointer = e.child("attributes") + "/" + DocumentReader.escape(entry.getKey());
                if (!ATTRIBUTE.matcher(entry.getKey()).matches()) {
                    throw f.document().error(pointer, "'" + entry.getKey() + "' is not an attribute name",
                            "a lower-case name such as pmin, pmax, gt, lt, st");
                }
                if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                    throw f.document().error(pointer, "attribute " + entry.getKey() + " must have a value",
                            "a value such as \"10\"");
                }
                attributes.put(entry.getKey(), entry.getValue().asText());
            });
            if (attributes.isEmpty()) {
                throw e.error("attributes", "no attributes given", "attributes: {pmin: \"10\"}");
            }
        }
        return new Lwm2mDiscoverStep(f.location(), Lwm2mStepParser.client(f), path, attributes);
    }

    private static Step writeAttributes(Fields f) {
        String path = path(f, 1, 3, "an object, instance or resource, e.g. /3303/0");
        Integer pmin = seconds(f, "pmin");
        Integer pmax = seconds(f, "pmax");
        if (pmin == null && pmax == null) {
            throw f.error(null, "a Write-Attributes needs at least one attribute", "pmin and/or pmax in seconds");
        }
        return new Lwm2mWriteAttributesStep(f.location(), Lwm2mStepParser.client(f), path, pmin, pmax);
    }

    /** The step's {@code path}, with between {@code min} and {@code max} segments. */
    private static String path(Fields f, int min, int max, String expected) {
        String path = f.requiredText("path", expected);
        if (!Lwm2mStepParser.PATH.matcher(path).matches() || depth(path) < min || depth(path) > max) {
            throw f.error("path", "'" + path + "' is not " + expected.replaceFirst(", e\\.g\\..*", ""), expected);
        }
        return path;
    }

    private static int depth(String path) {
        return path.split("/").length - 1;
    }

    /** {@code values: {resourceId: scalar}}, at least one. */
    private static Map<Integer, JsonNode> values(Fields f) {
        JsonNode given = f.requiredObject("values", "values: {5700: 21.5}");
        Map<Integer, JsonNode> values = new LinkedHashMap<>();
        given.fields().forEachRemaining(entry -> {
            String pointer = f.child("values") + "/" + DocumentReader.escape(entry.getKey());
            if (!RESOURCE_ID.matcher(entry.getKey()).matches() || Integer.parseInt(entry.getKey()) > MAX_ID) {
                throw f.document().error(pointer, "'" + entry.getKey() + "' is not a resource id",
                        "a number from 0 to " + MAX_ID);
            }
            if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                throw f.document().error(pointer, "the value of resource " + entry.getKey() + " must be a text, "
                        + "number or boolean", "a scalar, e.g. 21.5");
            }
            values.put(Integer.parseInt(entry.getKey()), entry.getValue());
        });
        if (values.isEmpty()) {
            throw f.error("values", "no values given", "at least one resource: {resourceId: value}");
        }
        return values;
    }

    private static JsonNode scalar(Fields f, String key) {
        JsonNode value = f.node().get(key);
        if (value == null || value.isNull()) {
            throw f.error(null, "missing required key '" + key + "'", "the value written, e.g. 120");
        }
        if (!value.isValueNode()) {
            throw f.error(key, "'" + key + "' must be a text, number or boolean", "a scalar, e.g. 120");
        }
        return value;
    }

    private static int id(Fields f, String key, int least, String expected) {
        Integer id = f.optionalInt(key);
        if (id == null) {
            throw f.error(null, "missing required key '" + key + "'", expected);
        }
        if (id < least || id > MAX_ID) {
            throw f.error(key, key + " " + id + " is out of range", "from " + least + " to " + MAX_ID);
        }
        return id;
    }

    private static Integer seconds(Fields f, String key) {
        Integer seconds = f.optionalInt(key);
        if (seconds != null && seconds < 0) {
            throw f.error(key, key + " " + seconds + " is negative", "seconds, 0 or more");
        }
        return seconds;
    }
}
