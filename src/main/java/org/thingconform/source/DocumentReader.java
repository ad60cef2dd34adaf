package org.thingconform.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads YAML or JSON files into a {@link LocatedDocument}. Parsing is Jackson's; this
 * class only walks the token stream to record where each node starts, and turns parse
 * errors into located {@link BadInputException}s.
 */
public final class DocumentReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private DocumentReader() {
    }

    /** Reads a file; {@code .json} files as JSON, anything else as YAML. */
    public static LocatedDocument read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": error: file not found");
        } catch (IOException e) {
            throw new BadInputException(file + ": error: cannot read file (" + e.getMessage() + ")");
        }
        return parse(file, text);
    }

    /** Parses text that came from {@code file}. */
    public static LocatedDocument parse(Path file, String text) {
        boolean json = file.getFileName().toString().endsWith(".json");
        JsonFactory factory = json ? JSON : YAML;
        Map<String, SourceLocation> locations = new HashMap<>();
        try (Reader reader = new java.io.StringReader(text); JsonParser parser = factory.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new BadInputException(new SourceLocation(file, 1, 1), "the file is empty",
                        "a " + (json ? "JSON" : "YAML") + " document");
            }
            JsonNode root = readValue(parser, file, "", locations);
            return new LocatedDocument(file, root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourceLocation where = at == null ? new SourceLocation(file, 1, 1)
                    : new SourceLocation(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            throw new BadInputException(where, "not valid " + (json ? "JSON" : "YAML") + ": " + oneLine(e.getOriginalMessage()),
                    null);
        } catch (IOException e) {
            throw new BadInputException(file + ": error: cannot read file (" + e.getMessage() + ")");
        }
    }

    private static JsonNode readValue(JsonParser parser, Path file, String pointer,
                                      Map<String, SourceLocation> locations) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        locations.put(pointer, new SourceLocation(file, Math.max(1, start.getLineNr()), Math.max(1, start.getColumnNr())));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String childPointer = pointer + "/" + escape(name);
                    JsonLocation keyAt = parser.currentTokenLocation();
                    parser.nextToken();
                    JsonNode child = readValue(parser, file, childPointer, locations);
                    if (object.has(name)) {
                        throw new BadInputException(new SourceLocation(file, keyAt.getLineNr(), keyAt.getColumnNr()),
                                "duplicate key '" + name + "'", "each key once per mapping");
                    }
                    locations.put(childPointer + "#key",
                            new SourceLocation(file, Math.max(1, keyAt.getLineNr()), Math.max(1, keyAt.getColumnNr())));
                    object.set(name, child);
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, file, pointer + "/" + index++, locations));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new BadInputException(locations.get(pointer), "unexpected token " + token, null);
        }
    }

    /**
     * A parser message on one line, as every problem is printed: SnakeYAML's multi-line messages
     * keep their statements ({@code while parsing …}, {@code expected …}) and drop the quoted
     * snippet and its position, which the location already gives.
     */
    private static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        return message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip).reduce((a, b) -> a + ", " + b).orElse(message.strip());
    }

    /** JSON Pointer escaping of one reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
