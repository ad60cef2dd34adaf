package org.thingconform.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * A parsed YAML or JSON document that remembers where each node started, so that
 * whatever checks the tree can point the user at {@code file:line:column}.
 * Nodes are addressed by JSON Pointer ({@code /clauses/2/id}).
 */
public record LocatedDocument(Path file, JsonNode root, Map<String, SourceLocation> locations) {

    public LocatedDocument {
        locations = Map.copyOf(locations);
    }

    /** The location of the node at {@code pointer}, or of its nearest located ancestor. */
    public SourceLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            SourceLocation found = locations.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return new SourceLocation(file, 1, 1);
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    /** A bad-input error located at {@code pointer}. */
    public BadInputException error(String pointer, String problem, String expected) {
        return new BadInputException(locate(pointer), problem, expected);
    }
}
