package org.thingconform.profile.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.thingconform.profile.Fields;
import org.thingconform.result.Level;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;

/**
 * Reads a statement list ({@code *.statements.yaml}): every key checked, every problem a located error saying what
 * was expected, ids unique.
 */
public final class StatementListLoader {

    private static final Set<String> TOP = Set.of("standard", "edition", "url", "statements");
    private static final Set<String> KEYS = Set.of("id", "level", "section", "binds", "says", "untestable");

    private StatementListLoader() {
    }

    /**
     * The statements of {@code file}.
     *
     * @throws org.thingconform.source.BadInputException at the place in the file that is wrong
     */
    public static StatementList load(Path file) {
        LocatedDocument document = DocumentReader.read(file);
        Fields top = Fields.of(document, "", document.root(), "a statement list", TOP);
        JsonNode list = document.root().get("statements");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw top.error("statements", "'statements' must be a non-empty list",
                    "a list of {id, level, section, binds, says, untestable}");
        }
        List<Statement> statements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Fields f = Fields.of(document, "/statements/" + i, list.get(i), "a statement", KEYS);
            String id = f.requiredText("id", "the statement's id in the standard, e.g. MQTT-3.1.2-1");
            if (!ids.add(id)) {
                throw f.error("id", "statement '" + id + "' is listed twice", "each id once");
            }
            Level level = Level.parse(f.requiredText("level", "MUST, SHOULD or MAY"));
            if (level == null) {
                throw f.error("level", "unknown level '" + f.node().get("level").asText() + "'", "MUST, SHOULD or MAY");
            }
            String binds = f.requiredText("binds", "server, client or both");
            Binds who;
            try {
                who = Binds.valueOf(binds.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw f.error("binds", "unknown party '" + binds + "'", "server, client or both");
            }
            statements.add(new Statement(id, level, f.optionalText("section", ""), who,
                    f.requiredText("says", "what the statement requires, in a line"), f.optionalText("untestable", null),
                    f.location()));
        }
        return new StatementList(file, top.requiredText("standard", "the standard's id, as the profile's standard.id"),
                top.requiredText("edition", "the edition, as the profile's standard.edition"),
                top.optionalText("url", null), statements);
    }
}
