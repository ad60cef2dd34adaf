package org.thingconform.thingmodel.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.thingconform.source.BadInputException;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.SourceLocation;

/**
 * Reads an OMA DDF XML file with the JDK's StAX parser into a {@link LocatedDocument}, so the
 * DDF importer can use the located errors and the shared {@link org.thingconform.thingmodel.ThingModelChecks}
 * of the JSON and YAML formats. The tree is {@code {"LWM2M": {"Object": {"ObjectID": "3", …,
 * "Resources": [{"ID": "0", "Name": "Manufacturer", …}, …]}}}}: an element with children or
 * attributes is an object (attributes are fields), a {@code <Resources>} element a list of its
 * items, any other element its text. Each node is located at the {@code <} of its element's start tag.
 * DTDs and external entities are refused (no XXE): a DOCTYPE is an error.
 */
final class DdfReader {

    /** Elements whose children form a list rather than named fields. */
    private static final Set<String> LISTS = Set.of("Resources");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path file;
    private final XMLStreamReader xml;
    private final Map<String, SourceLocation> locations = new HashMap<>();
    private final String[] lines;

    private DdfReader(Path file, XMLStreamReader xml, String[] lines) {
        this.file = file;
        this.xml = xml;
        this.lines = lines;
    }

    /** Reads and parses {@code file}. */
    static LocatedDocument read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": error: file not found");
        } catch (IOException e) {
            throw new BadInputException(file + ": error: cannot read file (" + e.getMessage() + ")");
        }
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            return new DdfReader(file, xml, lines(bytes, xml.getEncoding())).document();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            SourceLocation where = at == null ? new SourceLocation(file, 1, 1)
                    : new SourceLocation(file, Math.max(1, at.getLineNumber()), Math.max(1, at.getColumnNumber()));
            throw new BadInputException(where, "not well-formed XML: " + parserMessage(e), null);
        } finally {
            close(xml);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private LocatedDocument document() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new BadInputException(here(), "a DOCTYPE is not allowed (DTDs and entities are refused)",
                        "an OMA DDF file starting with <LWM2M>");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                SourceLocation start = startOfTag();
                String name = xml.getLocalName();
                String pointer = "/" + DocumentReader.escape(name);
                ObjectNode root = NODES.objectNode();
                root.set(name, element(pointer, start));
                locations.put("", start);
                return new LocatedDocument(file, root, locations);
            }
        }
        throw new BadInputException(new SourceLocation(file, 1, 1), "the file has no XML element",
                "an OMA DDF file: <LWM2M><Object>…</Object></LWM2M>");
    }

    /** Reads one element, whose start tag was just read, up to its end tag. */
    private JsonNode element(String pointer, SourceLocation start) throws XMLStreamException {
        locations.put(pointer, start);
        String name = xml.getLocalName();
        ObjectNode fields = NODES.objectNode();
        ArrayNode list = NODES.arrayNode();
        boolean isList = LISTS.contains(name);
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i);
            if (xml.getAttributePrefix(i) == null || xml.getAttributePrefix(i).isEmpty()) {
                fields.put(attribute, xml.getAttributeValue(i));
                locations.put(pointer + "/" + DocumentReader.escape(attribute), start);
            }
        }
        boolean children = false;
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    children = true;
                    String child = xml.getLocalName();
                    SourceLocation childStart = startOfTag();
                    if (isList) {
                        list.add(element(pointer + "/" + list.size(), childStart));
                    } else {
                        String childPointer = pointer + "/" + DocumentReader.escape(child);
                        if (fields.has(child)) {
                            throw new BadInputException(childStart, "<" + child + "> appears twice in <" + name + ">",
                                    "each element once (the first is at " + locations.get(childPointer) + ")");
                        }
                        fields.set(child, element(childPointer, childStart));
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new BadInputException(here(),
                        "entity reference &" + xml.getLocalName() + "; is not allowed", "plain text or &lt; &gt; &amp;");
                case XMLStreamConstants.END_ELEMENT -> {
                    if (isList) {
                        return list;
                    }
                    return children || !fields.isEmpty() ? fields : NODES.textNode(text.toString());
                }
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
    }

    /**
     * Where the start tag just read begins. StAX locates an event where it ends; a start tag cannot
     * hold a {@code <} (not even in attribute values), so the nearest {@code <} before its end is its start.
     */
    private SourceLocation startOfTag() {
        Location end = xml.getLocation();
        int line = end.getLineNumber();
        int index = end.getColumnNumber() - 2;
        while (line >= 1 && line <= lines.length) {
            int found = lines[line - 1].lastIndexOf('<', Math.min(index, lines[line - 1].length() - 1));
            if (found >= 0) {
                return new SourceLocation(file, line, found + 1);
            }
            line--;
            index = Integer.MAX_VALUE;
        }
        return here();
    }

    /** Where the parser is. */
    private SourceLocation here() {
        Location at = xml.getLocation();
        return new SourceLocation(file, Math.max(1, at.getLineNumber()), Math.max(1, at.getColumnNumber()));
    }

    /** The file's lines as the parser counts them, decoded as the parser decodes the file. */
    private static String[] lines(byte[] bytes, String encoding) {
        Charset charset;
        try {
            charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            charset = StandardCharsets.UTF_8;
        }
        return new String(bytes, charset).split("\r\n|\r|\n", -1);
    }

    /** The parser's message without its own "ParseError at [row,col]:" prefix (the location says it). */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf("Message: ");
        return (cut >= 0 ? message.substring(cut + "Message: ".length()) : message).strip().replaceAll("\\s+", " ");
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing left to read
            }
        }
    }
}
