package org.thingconform.validate;

import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.thingconform.source.InputProblem;
import org.thingconform.source.LocatedDocument;

/**
 * Checks a parsed document against the JSON Schema of its kind with the networknt
 * validator, and returns every violation at once, each worded and located by
 * {@link SchemaMessage}, in file order. A value of the wrong type gets that one message:
 * its other violations follow from it (and the validator checks the bounds of an
 * {@code integer} schema on the truncated value, so {@code 0.5} would also be "not more than 0").
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    /** Every schema violation of {@code document}, read as a file named {@code schemaFile}. */
    static List<InputProblem> problems(LocatedDocument document, String schemaFile) {
        Schemas.Schema schema = Schemas.get(schemaFile);
        Set<ValidationMessage> messages = schema.validator().validate(document.root());
        Set<String> wrongType = messages.stream().filter(m -> m.getType().equals("type"))
                .map(m -> m.getInstanceLocation().toString()).collect(Collectors.toSet());
        return messages.stream().filter(m -> m.getType().equals("type") || !wrongType.contains(m.getInstanceLocation().toString()))
                .map(m -> SchemaMessage.problem(document, schema.tree(), m)).distinct()
                .sorted(InputProblem.IN_FILE_ORDER).toList();
    }
}
