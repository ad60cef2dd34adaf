package org.thingconform.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.thingconform.platform.DescriptorLoader;
import org.thingconform.profile.IdRule;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.source.BadInputException;
import org.thingconform.source.DocumentReader;
import org.thingconform.thingmodel.ThingModelFormat;
import org.thingconform.thingmodel.ThingModels;

/**
 * The JSON Schemas and the Java loaders agree: the schemas are valid 2020-12 schemas with a
 * description on every property, the profile schema's id patterns are the loader's, a file
 * broken in its structure is rejected by both the schema and the loader, and a file broken
 * in what only Java can check (references, min ≤ max, duplicates) passes the schema and is
 * rejected by the loader.
 */
class SchemaAgreementTest {

    private static final Path SCHEMAS = Path.of("test-profiles/schema");

    @ParameterizedTest
    @CsvSource({"profile.schema.json", "platform-descriptor.schema.json", "thing-model.schema.json", "tsl.schema.json"})
    void eachSchemaIsAValid2020SchemaWithADescriptionOnEveryProperty(String file) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMAS.resolve(file).toFile());
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(schema)).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(Schemas.get(file).tree()).as("the build copies the shipped schema into the class path").isEqualTo(schema);
        assertThat(undescribedProperties(schema, schema, "")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(IdRule.class)
    void theProfileSchemaStatesTheLoadersIdRules(IdRule rule) {
        JsonNode def = Schemas.get("profile.schema.json").tree().path("$defs").path(rule.schemaDef());

        assertThat(def.path("pattern").asText()).isEqualTo(rule.regex());
        assertThat(def.path("patternErrorMessage").asText()).isEqualTo(rule.expected());
        assertThat(def.path("title").asText()).isEqualTo(rule.title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "src/test/resources/profiles/broken/unknown-step-key.profile.yaml",
        "src/test/resources/profiles/broken/bad-level.profile.yaml",
        "src/test/resources/profiles/broken/unknown-model-format.profile.yaml",
        "src/test/resources/validate/unknown-clause-key.profile.yaml",
        "src/test/resources/validate/unknown-step-kind.profile.yaml",
        "src/test/resources/validate/unknown-step-argument.profile.yaml",
        "src/test/resources/validate/wrong-type-success-code.profile.yaml",
        "src/test/resources/validate/wrong-type-tags.profile.yaml",
        "src/test/resources/validate/bad-level.profile.yaml",
        "src/test/resources/validate/bad-clause-id.profile.yaml",
        "src/test/resources/validate/bad-ics-id.profile.yaml",
        "src/test/resources/validate/bad-parameter-name.profile.yaml",
        "src/test/resources/validate/zero-timeout.profile.yaml",
        "src/test/resources/validate/await-service-without-service.profile.yaml",
        "src/test/resources/validate/missing-flow.profile.yaml",
        "src/test/resources/validate/many-errors.profile.yaml",
        "src/test/resources/validate/inline-secret.descriptor.yaml",
        "src/test/resources/validate/bad-host.descriptor.yaml",
        "src/test/resources/validate/bad-port.descriptor.yaml",
        "src/test/resources/validate/unknown-operation.descriptor.yaml",
        "src/test/resources/validate/ics-answer-not-boolean.descriptor.yaml",
        "src/test/resources/platform/unknown-auth-style.descriptor.yaml",
        "src/test/resources/validate/step-zero.model.yaml",
        "src/test/resources/validate/empty-enum.model.yaml",
        "src/test/resources/validate/length-zero.model.yaml",
        "src/test/resources/validate/array-size-zero.model.yaml",
        "src/test/resources/validate/bad-identifier.model.yaml",
        "src/test/resources/validate/unknown-data-type.model.yaml",
        "src/test/resources/validate/wrong-type-access-mode.model.yaml",
        "src/test/resources/validate/tsl-bad-access-mode.tsl.json",
        "src/test/resources/thingmodels/broken/length-zero.yaml",
        "src/test/resources/thingmodels/broken/size-zero.yaml",
        "src/test/resources/thingmodels/broken/unknown-key.yaml",
        "src/test/resources/thingmodels/broken/quoted-number.yaml",
        "src/test/resources/thingmodels/broken/bool-label-key.yaml",
        "src/test/resources/thingmodels/broken/int-fraction-step.yaml",
        "src/test/resources/thingmodels/broken/missing-item.yaml",
        "src/test/resources/thingmodels/broken/unquoted-on-label.yaml",
        "src/test/resources/thingmodels/broken/empty-enum.tsl.json",
        "src/test/resources/thingmodels/broken/bad-identifier.tsl.json",
        "src/test/resources/thingmodels/broken/length-fraction.tsl.json",
    })
    void aStructuralErrorIsFlaggedByTheSchemaAndRejectedByTheLoader(Path file) {
        FileKind kind = ValidationTargets.of(List.of(file)).targets().get(0).kind();

        assertThat(SchemaCheck.problems(DocumentReader.read(file), kind.schema().orElseThrow())).as("schema").isNotEmpty();
        assertThat(loaderError(file, kind)).as("loader").isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "src/test/resources/profiles/broken/duplicate-clause.profile.yaml",
        "src/test/resources/profiles/broken/unknown-device.profile.yaml",
        "src/test/resources/profiles/broken/unknown-property.profile.yaml",
        "src/test/resources/profiles/broken/unknown-parameter.profile.yaml",
        "src/test/resources/validate/duplicate-clause-id.profile.yaml",
        "src/test/resources/validate/unknown-ics-item.profile.yaml",
        "src/test/resources/validate/unknown-event.profile.yaml",
        "src/test/resources/validate/unknown-service.profile.yaml",
        "src/test/resources/validate/unknown-property.profile.yaml",
        "src/test/resources/validate/unknown-device-role.profile.yaml",
        "src/test/resources/validate/unknown-thing-model.profile.yaml",
        "src/test/resources/validate/unknown-parameter.profile.yaml",
        "src/test/resources/validate/unknown-placeholder.profile.yaml",
        "src/test/resources/validate/unknown-call.profile.yaml",
        "src/test/resources/platform/listed-unshared.profile.yaml",
        "src/test/resources/platform/fields-of-no-result.descriptor.yaml",
        "src/test/resources/validate/min-above-max.model.yaml",
        "src/test/resources/validate/duplicate-member.model.yaml",
        "src/test/resources/validate/tsl-min-above-max.tsl.json",
        "src/test/resources/validate/tsl-duplicate-service.tsl.json",
        "src/test/resources/thingmodels/broken/duplicate-member.yaml",
        "src/test/resources/thingmodels/broken/duplicate-service.yaml",
        "src/test/resources/thingmodels/broken/min-above-max.tsl.json",
        "src/test/resources/thingmodels/broken/step-zero.tsl.json",
        "src/test/resources/thingmodels/broken/duplicate-property.tsl.json",
    })
    void aSemanticErrorPassesTheSchemaAndIsRejectedByTheLoader(Path file) {
        FileKind kind = ValidationTargets.of(List.of(file)).targets().get(0).kind();

        assertThat(SchemaCheck.problems(DocumentReader.read(file), kind.schema().orElseThrow())).as("schema").isEmpty();
        assertThat(loaderError(file, kind)).as("loader").isNotNull();
    }

    @Test
    void theSchemaOfAProfileChecksTheThingModelsItNames() {
        Path profile = Path.of("src/test/resources/validate/referenced-model/profile.yaml");

        Validation<?> validation = new FileValidator(name -> null, false).profile(profile);

        assertThat(validation.problems()).anySatisfy(p -> {
            assertThat(p.location().file()).isEqualTo(profile.resolveSibling("meter.tsl.json"));
            assertThat(p.text()).contains("unknown accessMode 'w'");
        });
    }

    private static BadInputException loaderError(Path file, FileKind kind) {
        return catchThrowableOfType(BadInputException.class, () -> {
            switch (kind) {
                case PROFILE -> ProfileLoader.load(file);
                case DESCRIPTOR -> DescriptorLoader.load(file, Map.of("X", "x")::get);
                case TSL_MODEL -> ThingModels.load(file, ThingModelFormat.TSL_JSON);
                case YAML_MODEL -> ThingModels.load(file, ThingModelFormat.YAML);
                case WOT_MODEL -> ThingModels.load(file, ThingModelFormat.WOT_TM);
                case WAIVERS -> org.thingconform.waiver.WaiverFile.load(file);
            }
        });
    }

    /** Pointers of properties with no description, neither where they are used nor where their $ref points. */
    private static List<String> undescribedProperties(JsonNode root, JsonNode schema, String at) {
        List<String> missing = new ArrayList<>();
        if (schema == null || !schema.isObject()) {
            return missing;
        }
        schema.path("properties").fields().forEachRemaining(e -> {
            JsonNode target = SchemaTrail.resolve(root, e.getValue());
            if (!e.getValue().has("description") && (target == null || !target.has("description"))) {
                missing.add(at + "/properties/" + e.getKey());
            }
            missing.addAll(undescribedProperties(root, e.getValue(), at + "/properties/" + e.getKey()));
        });
        schema.path("$defs").fields().forEachRemaining(e ->
                missing.addAll(undescribedProperties(root, e.getValue(), at + "/$defs/" + e.getKey())));
        for (String keyword : List.of("items", "additionalProperties", "then", "else", "not")) {
            missing.addAll(undescribedProperties(root, schema.get(keyword), at + "/" + keyword));
        }
        for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
            for (int i = 0; i < schema.path(keyword).size(); i++) {
                missing.addAll(undescribedProperties(root, schema.get(keyword).get(i), at + "/" + keyword + "/" + i));
            }
        }
        return missing;
    }
}
