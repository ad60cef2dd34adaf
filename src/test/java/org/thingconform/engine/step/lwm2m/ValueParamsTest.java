package org.thingconform.engine.step.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;

/**
 * The Write and Create parameters carry each value with its resource id and the LwM2M type the profile's object
 * model gives it (the DDF's type lowercased), beside the flat {@code value} / {@code resources} form.
 */
class ValueParamsTest {

    private static final Profile PROFILE = ProfileLoader.load(Path.of("test-profiles/lwm2m/profile.yaml"));

    @Test
    void aResourceValueCarriesItsIdAndItsModelsType() {
        assertThat(ValueParams.resource(PROFILE, 3, 15, TextNode.valueOf("Europe/Paris")).toString())
                .isEqualTo("{\"id\":15,\"value\":\"Europe/Paris\",\"type\":\"string\"}");
        assertThat(ValueParams.type(PROFILE, 1, 11)).contains("unsigned integer");
        assertThat(ValueParams.type(PROFILE, 3303, 5700)).contains("float");
    }

    @Test
    void aResourceNoModelDescribesHasNoType() {
        assertThat(ValueParams.resource(PROFILE, 9999, 1, IntNode.valueOf(1)).has("type")).isFalse();
        assertThat(ValueParams.type(PROFILE, 3, 4)).isEmpty();   // Reboot is executable: it has no type
    }

    @Test
    void anInstanceGetsBothTheResourcesMapAndTheNodeList() {
        Map<Integer, JsonNode> values = new LinkedHashMap<>();
        values.put(1, IntNode.valueOf(120));
        values.put(7, TextNode.valueOf("U"));
        JsonNode params = ValueParams.instance(JsonNodeFactory.instance.objectNode().put("id", 0), PROFILE, 1, values);

        assertThat(params.toString()).isEqualTo("{\"id\":0,\"resources\":{\"1\":120,\"7\":\"U\"},\"nodes\":["
                + "{\"id\":1,\"value\":120,\"type\":\"integer\"},{\"id\":7,\"value\":\"U\",\"type\":\"string\"}]}");
    }
}
