package org.thingconform.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.thingconform.source.InputProblem;
import org.thingconform.source.LocatedDocument;

/**
 * The W3C WoT Thing Description 1.1 JSON Schema (the W3C's own file, see
 * {@code org/thingconform/wot/ORIGIN.md}) for a TD a platform serves: every violation,
 * located in the TD. The W3C schema declares draft-07, so it is compiled as draft-07; the
 * 2020-12 {@code prefixItems} it also uses is read as an annotation, as a draft-07 validator does.
 */
public final class TdSchema {

    /** The schema's file name, and where the class path holds it. */
    static final String FILE_NAME = "td-json-schema-validation.json";
    static final String RESOURCE = "/org/thingconform/wot/" + FILE_NAME;
    private static final Schemas.Schema SCHEMA = load();

    private TdSchema() {
    }

    /** Every violation of the TD 1.1 schema in {@code td}, in document order; empty when it conforms. */
    public static List<InputProblem> problems(LocatedDocument td) {
        Set<ValidationMessage> messages = SCHEMA.validator().validate(td.root());
        return messages.stream().map(m -> SchemaMessage.problem(td, SCHEMA.tree(), m)).distinct()
                .sorted(InputProblem.IN_FILE_ORDER).toList();
    }

    private static Schemas.Schema load() {
        try (InputStream in = TdSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the TD 1.1 schema " + RESOURCE + " is missing from the class path");
            }
            JsonNode tree = new ObjectMapper().readTree(in);
            JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                    .keyword(new AnnotationKeyword("prefixItems"))
                    .keyword(new AnnotationKeyword("version"))
                    .build();
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                    builder -> builder.metaSchema(meta));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH).build();
            JsonSchema validator = factory.getSchema(tree, config);
            return new Schemas.Schema(validator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the TD 1.1 schema", e);
        }
    }
}
