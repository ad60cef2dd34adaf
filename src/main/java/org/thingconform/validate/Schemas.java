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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shipped JSON Schemas (draft 2020-12), read once from the class path, where the build
 * copies them from {@code test-profiles/schema/}. Each comes compiled for the networknt
 * validator and as a tree, so that messages can quote the schema's titles and descriptions.
 */
final class Schemas {

    /** Where the build puts {@code test-profiles/schema/*.schema.json}. */
    static final String RESOURCE_DIR = "/org/thingconform/schema/";

    /** Keywords editors understand that are not validation keywords: accepted as annotations. */
    private static final JsonMetaSchema META_SCHEMA = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
            .keyword(new AnnotationKeyword("patternErrorMessage"))
            .build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(META_SCHEMA));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).locale(Locale.ENGLISH).build();
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** One schema: the validator and the tree it was compiled from. */
    record Schema(JsonSchema validator, JsonNode tree) {
    }

    /** The schema in {@code fileName}, e.g. {@code profile.schema.json}. */
    static Schema get(String fileName) {
        return CACHE.computeIfAbsent(fileName, Schemas::load);
    }

    private static Schema load(String fileName) {
        try (InputStream in = Schemas.class.getResourceAsStream(RESOURCE_DIR + fileName)) {
            if (in == null) {
                throw new IllegalStateException("schema " + fileName + " is missing from the class path");
            }
            JsonNode tree = new ObjectMapper().readTree(in);
            return new Schema(FACTORY.getSchema(tree, CONFIG), tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + fileName, e);
        }
    }
}
