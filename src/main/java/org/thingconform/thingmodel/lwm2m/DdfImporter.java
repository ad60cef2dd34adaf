package org.thingconform.thingmodel.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.Warnings;
import org.thingconform.thingmodel.AccessMode;
import org.thingconform.thingmodel.DataKind;
import org.thingconform.thingmodel.DataType;
import org.thingconform.thingmodel.Parameter;
import org.thingconform.thingmodel.Property;
import org.thingconform.thingmodel.Service;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.ThingModelChecks;

/**
 * Imports an OMA LwM2M object model (DDF XML) into a {@link Lwm2mObject}: its thing model and
 * the LwM2M details beside it. The mapping is described in the package documentation; every
 * problem is a located {@link org.thingconform.source.BadInputException} at the element concerned.
 */
public final class DdfImporter {

    private static final String OBJECT = "/LWM2M/Object";
    private static final Pattern VERSION = Pattern.compile("^\\d+\\.\\d+$");
    private static final Pattern URN = Pattern.compile("^urn:oma:lwm2m:(oma|ext|x|reserved):(\\d+)(:\\d+\\.\\d+)?$");
    private static final int MAX_ID = 65535;

    private final LocatedDocument document;
    private final Warnings warnings;
    private final ResourceIdentifiers identifiers = new ResourceIdentifiers();

    private DdfImporter(LocatedDocument document, Warnings warnings) {
        this.document = document;
        this.warnings = warnings;
    }

    /** Reads and imports the DDF file at {@code file}. */
    public static Lwm2mObject importFile(Path file) {
        return importFile(file, Warnings.IGNORE);
    }

    /** As {@link #importFile(Path)}, reporting what is only suspicious to {@code warnings}. */
    public static Lwm2mObject importFile(Path file, Warnings warnings) {
        return new DdfImporter(DdfReader.read(file), warnings).object();
    }

    private Lwm2mObject object() {
        JsonNode root = document.root();
        if (!root.has("LWM2M")) {
            String name = root.fieldNames().next();
            throw document.error("", "the root element is <" + name + ">", "<LWM2M> (an OMA DDF object model)");
        }
        JsonNode object = root.path("LWM2M").path("Object");
        if (!object.isObject()) {
            throw document.error("/LWM2M", "no <Object> in <LWM2M>", "one <Object> with <ObjectID>, <Name> and <Resources>");
        }
        int id = number(object, OBJECT, "ObjectID");
        String name = required(object, OBJECT, "Name", "the object's name, e.g. <Name>Device</Name>");
        String version = version(object, "ObjectVersion");
        String lwm2mVersion = version(object, "LWM2MVersion");
        String urn = urn(object, id, version);
        boolean multiple = choice(object, OBJECT, "MultipleInstances", "Single", "Multiple");
        boolean mandatory = choice(object, OBJECT, "Mandatory", "Optional", "Mandatory");
        List<Property> properties = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        Map<Integer, Lwm2mResource> resources = new LinkedHashMap<>();
        Map<Integer, String> firstAt = new HashMap<>();
        JsonNode items = object.path("Resources");
        if (!items.isMissingNode() && !items.isArray()) {
            throw document.error(OBJECT + "/Resources", "<Resources> holds no <Item> elements", "<Item ID=\"0\">…</Item>");
        }
        for (int i = 0; i < items.size(); i++) {
            String at = OBJECT + "/Resources/" + i;
            Lwm2mResource resource = resource(items.get(i), at, firstAt);
            resources.put(resource.id(), resource);
            DataType type = resource.type() == Lwm2mType.NONE ? null : dataType(resource, at);
            switch (resource.operations()) {
                case R, RW -> properties.add(new Property(resource.identifier(), resource.name(),
                        resource.operations() == Lwm2mOperations.R ? AccessMode.READ_ONLY : AccessMode.READ_WRITE,
                        resource.mandatory(), type));
                case E -> services.add(new Service(resource.identifier(), resource.name(), resource.mandatory(),
                        Service.CallType.ASYNC, List.of(), List.of()));
                case W -> services.add(new Service(resource.identifier(), resource.name(), resource.mandatory(),
                        Service.CallType.ASYNC, List.of(new Parameter("value", resource.name(), type)), List.of()));
                case NONE -> {
                    // bootstrap only: no device-management operation reaches it, so no thing-model element
                }
            }
        }
        return new Lwm2mObject(id, name, version, lwm2mVersion, urn, multiple, mandatory,
                new ThingModel(urn, properties, List.of(), services), resources);
    }

    private Lwm2mResource resource(JsonNode item, String at, Map<Integer, String> firstAt) {
        if (!item.isObject() || !item.has("ID")) {
            throw document.error(at, "an <Item> without an ID attribute", "<Item ID=\"0\"> with the resource id");
        }
        int id = parseId(item.path("ID").asText(), at + "/ID", "resource ID");
        String first = firstAt.putIfAbsent(id, at);
        if (first != null) {
            throw document.error(at + "/ID", "duplicate resource ID " + id,
                    "a unique ID (" + id + " is first used at " + document.locate(first) + ")");
        }
        String name = required(item, at, "Name", "the resource's name, e.g. <Name>Battery Level</Name>");
        String operationsText = text(item, at, "Operations").orElse("");
        Lwm2mOperations operations = Lwm2mOperations.fromDdf(operationsText).orElseThrow(() -> document.error(
                at + "/Operations", "unknown Operations '" + operationsText.strip() + "'", "R, W, RW, E or empty"));
        String typeText = text(item, at, "Type").orElse("");
        Lwm2mType type = Lwm2mType.fromDdf(typeText).orElseThrow(() -> document.error(at + "/Type",
                "unknown Type '" + typeText.strip() + "'", Lwm2mType.choices()));
        if (operations == Lwm2mOperations.E && type != Lwm2mType.NONE) {
            throw document.error(at + "/Type", "executable resource " + id + " has Type '" + type.ddfName() + "'",
                    "an empty <Type></Type> for Operations E");
        }
        if ((operations == Lwm2mOperations.R || operations == Lwm2mOperations.W || operations == Lwm2mOperations.RW)
                && type == Lwm2mType.NONE) {
            throw document.error(at + "/Type", "resource " + id + " with Operations " + operations.ddfName()
                    + " has no Type", "one of " + Lwm2mType.valueChoices());
        }
        boolean multiple = choice(item, at, "MultipleInstances", "Single", "Multiple");
        boolean mandatory = choice(item, at, "Mandatory", "Optional", "Mandatory");
        String identifier = ThingModelChecks.identifier(document, at + "/Name", identifiers.next(name, id));
        return new Lwm2mResource(id, identifier, name, operations, type, multiple, mandatory,
                text(item, at, "RangeEnumeration").orElse("").strip(), text(item, at, "Units").orElse("").strip(),
                operations != Lwm2mOperations.NONE);
    }

    /** The thing-model data type of a resource that has a value; an array of it when multiple. */
    private DataType dataType(Lwm2mResource resource, String at) {
        String rangeAt = at + "/RangeEnumeration";
        RangeEnumeration range = RangeEnumeration.parse(resource.rangeEnumeration());
        Optional<String> unit = resource.type().isNumeric() && !resource.units().isEmpty()
                ? Optional.of(resource.units()) : Optional.empty();
        DataType item = switch (resource.type()) {
            case INTEGER, UNSIGNED_INTEGER -> integer(resource, range, unit, rangeAt);
            case FLOAT -> {
                if (range.shape() != RangeEnumeration.Shape.NONE && range.shape() != RangeEnumeration.Shape.RANGE) {
                    throw badRange(resource, rangeAt, "min..max, e.g. 0..1 or -40..85");
                }
                yield numeric(DataKind.DOUBLE, range.min(), range.max(), unit);
            }
            case STRING -> text(resource, range, rangeAt);
            case TIME -> DataType.of(DataKind.DATE);
            case BOOLEAN -> DataType.of(DataKind.BOOL);
            case OPAQUE, OBJLNK, CORELNK -> DataType.of(DataKind.TEXT);
            case NONE -> throw new IllegalStateException("a resource without a type has no data type");
        };
        DataType checked = ThingModelChecks.dataType(document, item, part -> switch (part) {
            case TYPE -> at + "/Type";
            case SIZE -> at + "/MultipleInstances";
            default -> rangeAt;
        }, warnings);
        if (!resource.multiple()) {
            return checked;
        }
        return new DataType(DataKind.ARRAY, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(checked), Map.of(), List.of());
    }

    private DataType integer(Lwm2mResource resource, RangeEnumeration range, Optional<String> unit, String rangeAt) {
        boolean unsigned = resource.type() == Lwm2mType.UNSIGNED_INTEGER;
        String expected = "min..max (e.g. 0..100, -40..85) or a list of integers (e.g. 1,2,4)";
        switch (range.shape()) {
            case NONE -> {
                return numeric(DataKind.INT, unsigned ? BigDecimal.ZERO : null, null, unit);
            }
            case RANGE -> {
                if (unsigned && range.min().signum() < 0) {
                    throw badRange(resource, rangeAt, "a range from 0 up for an Unsigned Integer");
                }
                return numeric(DataKind.INT, range.min(), range.max(), unit);
            }
            case LIST -> {
                if (!range.allIntegers() || (unsigned && range.values().stream().anyMatch(v -> v.startsWith("-")))) {
                    throw badRange(resource, rangeAt, expected);
                }
                Map<String, String> labels = new LinkedHashMap<>();
                for (String value : range.values()) {
                    String key = Integer.toString(Integer.parseInt(value));
                    if (labels.put(key, key) != null) {
                        throw document.error(rangeAt, "RangeEnumeration lists " + key + " twice", "each value once");
                    }
                }
                return new DataType(DataKind.ENUM, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), labels, List.of());
            }
            default -> throw badRange(resource, rangeAt, expected);
        }
    }

    /** A String: a range {@code a..b} is its length (at most b characters); a list or prose only informs. */
    private DataType text(Lwm2mResource resource, RangeEnumeration range, String rangeAt) {
        if (range.shape() != RangeEnumeration.Shape.RANGE) {
            return DataType.of(DataKind.TEXT);
        }
        BigDecimal min = range.min();
        BigDecimal max = range.max();
        if (min.signum() < 0 || min.stripTrailingZeros().scale() > 0 || max.stripTrailingZeros().scale() > 0
                || max.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw badRange(resource, rangeAt, "a length range of whole numbers from 0 up, e.g. 0..255");
        }
        if (min.compareTo(max) > 0) {
            throw document.error(rangeAt, "length range " + resource.rangeEnumeration() + " has min above max",
                    "min ≤ max, e.g. 0..255");
        }
        return new DataType(DataKind.TEXT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(max.intValueExact()), Optional.empty(), Optional.empty(), Map.of(), List.of());
    }

    private static DataType numeric(DataKind kind, BigDecimal min, BigDecimal max, Optional<String> unit) {
        return new DataType(kind, Optional.ofNullable(min), Optional.ofNullable(max), Optional.empty(), unit,
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of());
    }

    private RuntimeException badRange(Lwm2mResource resource, String rangeAt, String expected) {
        return document.error(rangeAt, "RangeEnumeration '" + resource.rangeEnumeration() + "' does not fit "
                + resource.type().ddfName() + " resource " + resource.id(), expected);
    }

    private String urn(JsonNode object, int id, String version) {
        Optional<String> given = text(object, OBJECT, "ObjectURN").map(String::strip).filter(s -> !s.isEmpty());
        if (given.isEmpty()) {
            String label = id < 2048 ? "oma" : id <= 10240 ? "ext" : "x";
            return "urn:oma:lwm2m:" + label + ":" + id + ("1.0".equals(version) ? "" : ":" + version);
        }
        var matcher = URN.matcher(given.get());
        if (!matcher.matches()) {
            throw document.error(OBJECT + "/ObjectURN", "ObjectURN '" + given.get() + "' is not a LwM2M object URN",
                    "urn:oma:lwm2m:{oma|ext|x}:<ObjectID>[:<version>], e.g. urn:oma:lwm2m:oma:3:1.1");
        }
        if (!matcher.group(2).equals(Integer.toString(id))) {
            throw document.error(OBJECT + "/ObjectURN", "ObjectURN '" + given.get() + "' names object " + matcher.group(2)
                    + ", but ObjectID is " + id, "the URN of object " + id);
        }
        return given.get();
    }

    private String version(JsonNode object, String field) {
        String version = text(object, OBJECT, field).map(String::strip).filter(s -> !s.isEmpty()).orElse("1.0");
        if (!VERSION.matcher(version).matches()) {
            throw document.error(OBJECT + "/" + field, field + " '" + version + "' is no version",
                    "major.minor, e.g. 1.1");
        }
        return version;
    }

    private int number(JsonNode node, String at, String field) {
        String value = required(node, at, field, "the object id, e.g. <" + field + ">3</" + field + ">");
        return parseId(value, at + "/" + field, field);
    }

    private int parseId(String value, String at, String what) {
        String trimmed = value.strip();
        if (!trimmed.matches("\\d{1,5}") || Integer.parseInt(trimmed) > MAX_ID) {
            throw document.error(at, what + " '" + trimmed + "' is not a number from 0 to " + MAX_ID,
                    "a whole number such as 3");
        }
        return Integer.parseInt(trimmed);
    }

    /** Whether the element {@code field} reads {@code yes}; {@code no} and absence are false. */
    private boolean choice(JsonNode node, String at, String field, String no, String yes) {
        String value = text(node, at, field).map(String::strip).orElse(no);
        if (value.equals(yes)) {
            return true;
        }
        if (value.equals(no)) {
            return false;
        }
        throw document.error(at + "/" + field, "unknown " + field + " '" + value + "'", no + " or " + yes);
    }

    private String required(JsonNode node, String at, String field, String expected) {
        return text(node, at, field).map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> document.error(node.has(field) ? at + "/" + field : at, "missing <" + field + ">",
                        expected));
    }

    private Optional<String> text(JsonNode node, String at, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw document.error(at + "/" + field, "<" + field + "> must hold text, not elements", "text");
        }
        return Optional.of(value.textValue());
    }
}
