package org.thingconform.validate;

import java.util.List;
import org.thingconform.source.InputProblem;
import org.thingconform.source.LocatedDocument;

/**
 * The shipped TSL JSON Schema ({@code tsl.schema.json}) for documents that are not files of
 * the suite, e.g. a thing model a platform exports: every violation, located in the document.
 */
public final class TslSchema {

    private TslSchema() {
    }

    /** Every schema violation of {@code document}, in document order; empty when it conforms. */
    public static List<InputProblem> problems(LocatedDocument document) {
        return SchemaCheck.problems(document, "tsl.schema.json");
    }
}
