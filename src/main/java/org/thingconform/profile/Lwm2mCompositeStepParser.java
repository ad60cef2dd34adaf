package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.thingconform.profile.step.Lwm2mReadCompositeStep;
import org.thingconform.profile.step.Lwm2mWriteCompositeStep;
import org.thingconform.profile.step.Step;
import org.thingconform.source.DocumentReader;

/**
 * Parses the LwM2M composite steps ({@code lwm2mReadComposite}, {@code lwm2mWriteComposite}): several resources
 * of a named simulated client read or written through the server in one request. {@link StepParser} hands these
 * step kinds here; every argument is checked, every problem a located error.
 */
final class Lwm2mCompositeStepParser {

    static final Set<String> KINDS = Set.of("lwm2mReadComposite", "lwm2mWriteComposite");

    private static final Pattern RESOURCE = Pattern.compile("/\\d+/\\d+/\\d+");
    private static final Set<String> FORMATS = Set.of("senml-json", "senml-cbor");
    private static final String RESOURCE_EXAMPLE = "a resource path /o/i/r, e.g. /3/0/14";

    private Lwm2mCompositeStepParser() {
    }

    static Set<String> allowedKeys(String kind) {
        return switch (kind) {
            case "lwm2mReadComposite" -> Set.of("client", "paths", "format");
            case "lwm2mWriteComposite" -> Set.of("client", "values", "format");
            default -> Set.of();
        };
    }

    static Step parse(String kind, Fields f) {
        return switch (kind) {
            case "lwm2mReadComposite" -> read(f);
            case "lwm2mWriteComposite" -> write(f);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Step read(Fields f) {
        if (!f.has("paths")) {
            throw f.error(null, "missing required key 'paths'", "at least two resource paths, e.g. [/3/0/14, /1/0/1]");
        }
        List<String> paths = f.textList("paths");
        for (int i = 0; i < paths.size(); i++) {
            if (!RESOURCE.matcher(paths.get(i)).matches()) {
                throw f.document().error(f.child("paths") + "/" + i, "'" + paths.get(i) + "' is not a resource path",
                        RESOURCE_EXAMPLE);
            }
            if (paths.subList(0, i).contains(paths.get(i))) {
                throw f.document().error(f.child("paths") + "/" + i, "path " + paths.get(i) + " is listed twice",
                        "each path once");
            }
        }
        if (paths.size() < 2) {
            throw f.error("paths", "a composite read of " + paths.size() + " path(s)", "at least two resource paths, "
                    + "e.g. [/3/0/14, /1/0/1]");
        }
        return new Lwm2mReadCompositeStep(f.location(), Lwm2mStepParser.client(f), paths, format(f));
    }

    private static Step write(Fields f) {
        JsonNode given = f.requiredObject("values", "values: {\"/3/0/14\": \"+01\", \"/1/0/1\": 120}");
        Map<String, JsonNode> values = new LinkedHashMap<>();
        given.fields().forEachRemaining(entry -> {
            String pointer = f.child("values") + "/" + DocumentReader.escape(entry.getKey());
            if (!RESOURCE.matcher(entry.getKey()).matches()) {
                throw f.document().error(pointer, "'" + entry.getKey() + "' is not a resource path", RESOURCE_EXAMPLE);
            }
            if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                throw f.document().error(pointer, "the value of " + entry.getKey() + " must be a text, number or "
                        + "boolean", "a scalar, e.g. 120");
            }
            values.put(entry.getKey(), entry.getValue());
        });
        if (values.size() < 2) {
            throw f.error("values", "a composite write of " + values.size() + " resource(s)", "at least two resources, "
                    + "e.g. {\"/3/0/14\": \"+01\", \"/1/0/1\": 120}");
        }
        return new Lwm2mWriteCompositeStep(f.location(), Lwm2mStepParser.client(f), values, format(f));
    }

    private static String format(Fields f) {
        String format = f.optionalText("format", "senml-json");
        if (!FORMATS.contains(format)) {
            throw f.error("format", "'" + format + "' is no composite content format", "senml-json or senml-cbor");
        }
        return format;
    }
}
