package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.source.LocatedDocument;

/**
 * A Thing Description a {@code fetchTd} step fetched, kept in the clause's context for the TD
 * steps after it: where it came from, and the TD parsed with the line and column of each member.
 */
record FetchedTd(String thing, URI url, LocatedDocument document) {

    JsonNode td() {
        return document.root();
    }

    void save(ClauseContext context) {
        context.save(key(thing), this);
    }

    /** The TD of {@code thing} an earlier {@code fetchTd} of the clause fetched. */
    static FetchedTd of(ClauseContext context, String thing) {
        try {
            return context.saved(key(thing), FetchedTd.class);
        } catch (StepFailure e) {
            throw StepFailure.error("no TD of Thing '" + thing + "' was fetched: put '- fetchTd: {thing: " + thing
                    + "}' before this step (in given or steps)");
        }
    }

    private static String key(String thing) {
        return "wot-td:" + thing;
    }
}
