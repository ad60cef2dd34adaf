package org.thingconform.thingmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.SourceLocation;

/**
 * JSON Merge Patch (RFC 7396) of two located documents: how a Thing Model that
 * {@code tm:extends} another overrides it. The patch's members win, objects merge member by
 * member, {@code null} removes a member, anything else (arrays included) replaces. Every
 * node of the result keeps the location of the file it came from, so an error in an
 * inherited definition still points into the base model.
 */
final class LocatedMergePatch {

    private final LocatedDocument patch;
    private final Map<String, SourceLocation> locations;

    private LocatedMergePatch(LocatedDocument target, LocatedDocument patch) {
        this.patch = patch;
        this.locations = new HashMap<>(target.locations());
    }

    /** {@code target} patched by {@code patch}; the result is named after the patch's file. */
    static LocatedDocument apply(LocatedDocument target, LocatedDocument patch) {
        LocatedMergePatch merge = new LocatedMergePatch(target, patch);
        JsonNode root = merge.merge(target.root(), patch.root(), "");
        return new LocatedDocument(patch.file(), root, merge.locations);
    }

    private JsonNode merge(JsonNode target, JsonNode patchNode, String at) {
        if (!patchNode.isObject()) {
            forget(at);
            remember(at);
            return patchNode.deepCopy();
        }
        ObjectNode result;
        if (target != null && target.isObject()) {
            result = ((ObjectNode) target).deepCopy();
        } else {
            forget(at);
            result = JsonNodeFactory.instance.objectNode();
        }
        locate(at);
        for (Iterator<Map.Entry<String, JsonNode>> it = patchNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String child = NodeReader.child(at, member.getKey());
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
                forget(child);
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue(), child));
                locate(child + "#key");
            }
        }
        return result;
    }

    /** Drops the locations of the target's node at {@code at} and everything below it. */
    private void forget(String at) {
        locations.keySet().removeIf(p -> p.equals(at) || p.equals(at + "#key") || p.startsWith(at + "/"));
    }

    /** Takes the patch's locations of the node at {@code at} and everything below it. */
    private void remember(String at) {
        patch.locations().forEach((p, location) -> {
            if (p.equals(at) || p.equals(at + "#key") || p.startsWith(at + "/")) {
                locations.put(p, location);
            }
        });
    }

    private void locate(String pointer) {
        SourceLocation location = patch.locations().get(pointer);
        if (location != null) {
            locations.put(pointer, location);
        }
    }
}
