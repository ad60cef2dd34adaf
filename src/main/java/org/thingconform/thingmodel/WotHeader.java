package org.thingconform.thingmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.thingconform.source.LocatedDocument;

/**
 * What every WoT Thing Model file must satisfy before its content is read, each file on
 * its own (a base model too): a JSON object whose {@code @context} starts with the TD 1.1
 * context, whose {@code @type} contains {@code tm:ThingModel}, that declares the
 * {@code tc} prefix when it uses {@code tc:} terms, and that uses no {@code tm:ref}
 * (not supported: write the definition out, or extend a whole model).
 */
final class WotHeader {

    private WotHeader() {
    }

    static void check(LocatedDocument document) {
        NodeReader reader = new NodeReader(document);
        JsonNode root = reader.object(document.root(), "", "a Thing Model", "{\"@context\": …, \"@type\": \"tm:ThingModel\", …}");
        boolean tcDeclared = context(document, root);
        type(document, root);
        Optional<String> tcUse = firstKey(root, "", name -> name.startsWith(WotVocabulary.TC_PREFIX + ":"));
        if (tcUse.isPresent() && !tcDeclared) {
            throw document.error(tcUse.get() + "#key", "term '" + lastToken(tcUse.get())
                    + "' uses the prefix 'tc', which @context does not declare",
                    "{\"tc\": \"" + WotVocabulary.TC_NAMESPACE + "\"} in @context");
        }
        firstKey(root, "", "tm:ref"::equals).ifPresent(at -> {
            throw document.error(at + "#key", "tm:ref is not supported",
                    "the definition written out here, or tm:extends of a whole Thing Model");
        });
    }

    /** Checks {@code @context}; returns whether it declares the {@code tc} prefix. */
    private static boolean context(LocatedDocument document, JsonNode root) {
        JsonNode context = root.get("@context");
        String expected = "\"@context\": [\"" + WotVocabulary.TD_CONTEXT + "\", {\"tc\": \"" + WotVocabulary.TC_NAMESPACE + "\"}]";
        if (context == null) {
            throw document.error("", "missing @context", expected);
        }
        JsonNode first = context.isArray() ? context.path(0) : context;
        if (!WotVocabulary.TD_CONTEXT.equals(first.asText(null))) {
            throw document.error(context.isArray() ? "/@context/0" : "/@context",
                    "@context does not start with the WoT TD 1.1 context", expected);
        }
        boolean declared = false;
        for (int i = 1; context.isArray() && i < context.size(); i++) {
            JsonNode tc = context.get(i).get(WotVocabulary.TC_PREFIX);
            if (tc != null) {
                if (!WotVocabulary.TC_NAMESPACE.equals(tc.asText(null))) {
                    throw document.error("/@context/" + i + "/tc", "the prefix 'tc' is bound to " + tc
                            + ", not to ThingConform's vocabulary", "\"tc\": \"" + WotVocabulary.TC_NAMESPACE + "\"");
                }
                declared = true;
            }
        }
        return declared;
    }

    private static void type(LocatedDocument document, JsonNode root) {
        JsonNode type = root.get("@type");
        boolean thingModel = type != null && (type.isArray() ? contains(type, WotVocabulary.THING_MODEL)
                : WotVocabulary.THING_MODEL.equals(type.asText(null)));
        if (!thingModel) {
            throw document.error(type == null ? "" : "/@type", "not a Thing Model: @type does not contain "
                    + WotVocabulary.THING_MODEL, "\"@type\": \"" + WotVocabulary.THING_MODEL + "\"");
        }
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.asText(null))) {
                return true;
            }
        }
        return false;
    }

    /** The pointer of the first key (depth first, document order) that {@code matches}. */
    private static Optional<String> firstKey(JsonNode node, String at, Predicate<String> matches) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = NodeReader.child(at, e.getKey());
                if (matches.test(e.getKey())) {
                    return Optional.of(child);
                }
                Optional<String> found = firstKey(e.getValue(), child, matches);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = firstKey(node.get(i), at + "/" + i, matches);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static String lastToken(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
}
