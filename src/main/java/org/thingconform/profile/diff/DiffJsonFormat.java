package org.thingconform.profile.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.thingconform.source.SourceLocation;

/** A profile diff as JSON, for tools that build change logs or review checklists from it. */
public final class DiffJsonFormat {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffJsonFormat() {
    }

    public static String format(ProfileDiff diff) {
        ObjectNode root = JSON.createObjectNode();
        root.put("old", SourceLocation.display(diff.oldFile()));
        root.put("new", SourceLocation.display(diff.newFile()));
        changes(root.putArray("standard"), diff.standard());
        changes(root.putArray("ics"), diff.ics());
        clauses(root.putArray("added"), diff.added());
        clauses(root.putArray("removed"), diff.removed());
        ArrayNode changed = root.putArray("changed");
        for (ClauseChange clause : diff.changed()) {
            ObjectNode node = changed.addObject();
            node.put("id", clause.id());
            node.put("location", clause.location().toString());
            changes(node.putArray("changes"), clause.changes());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("added", diff.added().size());
        summary.put("removed", diff.removed().size());
        summary.put("changed", diff.changed().size());
        summary.put("unchanged", diff.unchanged());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void changes(ArrayNode array, List<FieldChange> changes) {
        for (FieldChange change : changes) {
            ObjectNode node = array.addObject();
            node.put("field", change.field());
            node.put("old", change.before());
            node.put("new", change.after());
        }
    }

    private static void clauses(ArrayNode array, List<ClauseRef> clauses) {
        for (ClauseRef clause : clauses) {
            ObjectNode node = array.addObject();
            node.put("id", clause.id());
            node.put("level", clause.level());
            node.put("summary", clause.summary());
            node.put("location", clause.location().toString());
        }
    }
}
