package org.thingconform.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.waiver.WaiverFile;

/**
 * The kinds of input file ThingConform reads, each with the JSON Schema that describes it
 * (the WoT Thing Model has the W3C's own). {@code thingconform validate} tells them apart
 * by name first and by content second, so one command checks a whole folder.
 */
public enum FileKind {
    PROFILE("profile", "profile.schema.json"),
    DESCRIPTOR("platform descriptor", "platform-descriptor.schema.json"),
    TSL_MODEL("TSL thing model", "tsl.schema.json"),
    WOT_MODEL("WoT Thing Model", null),
    YAML_MODEL("native thing model", "thing-model.schema.json"),
    /** An OMA LwM2M object model (DDF XML); the loader's rules are its schema (OMA's XSD is not shipped). */
    LWM2M_MODEL("LwM2M object model", null),
    WAIVERS("waivers file", "waivers.schema.json"),
    /** A standard's normative statements (coverage). */
    STATEMENTS("statement list", "statements.schema.json");

    private final String title;
    private final String schema;

    FileKind(String title, String schema) {
        this.title = title;
        this.schema = schema;
    }

    /** What the file is, for messages: {@code profile}, {@code TSL thing model}. */
    public String title() {
        return title;
    }

    /** The file name of the kind's schema under {@code test-profiles/schema/}; empty for the WoT Thing Model and DDF. */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /**
     * The kind a file's name says: {@code profile.yaml} and {@code *.profile.yaml} are profiles,
     * {@code *.tsl.json} and {@code *.tm.json} thing models, {@code *descriptor*.yaml} descriptors,
     * {@code *waivers*.yaml} waivers files, {@code *.xml} LwM2M object models (a folder walk takes only
     * those whose root element is {@code <LWM2M>}, see {@link #isLwm2mModel(Path)}).
     */
    public static Optional<FileKind> byName(Path file) {
        String name = file.getFileName().toString();
        if (ProfileLoader.isProfileFile(file)) {
            return Optional.of(PROFILE);
        }
        if (name.endsWith(".tsl.json")) {
            return Optional.of(TSL_MODEL);
        }
        if (name.endsWith(".tm.json")) {
            return Optional.of(WOT_MODEL);
        }
        if (isXml(file)) {
            return Optional.of(LWM2M_MODEL);
        }
        if (WaiverFile.isWaiverFile(file)) {
            return Optional.of(WAIVERS);
        }
        if (name.endsWith(".statements.yaml")) {
            return Optional.of(STATEMENTS);
        }
        if (isYaml(file) && name.contains("descriptor")) {
            return Optional.of(DESCRIPTOR);
        }
        return Optional.empty();
    }

    /**
     * The kind a YAML document's top-level keys say: {@code northbound} or {@code lwm2m} makes a descriptor,
     * {@code clauses} a profile, {@code productKey} or {@code properties} a native thing model,
     * {@code waivers} a waivers file.
     */
    public static Optional<FileKind> byContent(JsonNode root) {
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        if (root.has("northbound") || root.has("lwm2m")) {
            return Optional.of(DESCRIPTOR);
        }
        if (root.has("clauses")) {
            return Optional.of(PROFILE);
        }
        if (root.has("productKey") || root.has("properties")) {
            return Optional.of(YAML_MODEL);
        }
        if (root.has("waivers")) {
            return Optional.of(WAIVERS);
        }
        return Optional.empty();
    }

    /** Whether the file is named as XML ({@code .xml}). */
    public static boolean isXml(Path file) {
        return file.getFileName().toString().endsWith(".xml");
    }

    /**
     * Whether an XML file's root element is {@code <LWM2M>}, so a folder walk checks DDF files and
     * leaves other XML (a {@code pom.xml}) alone. An unreadable or broken file is none.
     */
    public static boolean isLwm2mModel(Path file) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return xml.nextTag() == XMLStreamConstants.START_ELEMENT
                        && "LWM2M".equals(xml.getLocalName());
            } finally {
                xml.close();
            }
        } catch (IOException | XMLStreamException e) {
            return false;
        }
    }

    /** Whether the file is named as YAML ({@code .yaml} or {@code .yml}). */
    public static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
