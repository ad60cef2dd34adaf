package org.thingconform.engine.step.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;

/**
 * The links of a Discover as different server APIs report them: items with a path and an attributes object
 * (the reference), items with a CoRE link text, or a list of CoRE link texts (as a Leshan-like API may).
 */
class Lwm2mDiscoveredLinksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void itemsWithAPathAndAnAttributesObject() throws Exception {
        Map<String, JsonNode> item = new HashMap<>();
        item.put("path", JSON.readTree("\"/3303/0\""));
        item.put("attributes", JSON.readTree("{\"pmin\":\"10\",\"pmax\":\"60\"}"));
        item.put("link", JSON.readTree("\"</3303/0>;pmin=10;pmax=60\""));
        NorthboundResponse response = new NorthboundResponse(200, "", Map.of(), Map.of("links", List.of(item)), true);

        assertThat(DiscoveredLinks.of(response)).containsEntry("/3303/0", Map.of("pmin", "10", "pmax", "60"));
    }

    @Test
    void itemsWithOnlyACoreLinkText() throws Exception {
        Map<String, JsonNode> item = new HashMap<>();
        item.put("link", JSON.readTree("\"</3303/0/5700>;pmin=10\""));
        NorthboundResponse response = new NorthboundResponse(200, "", Map.of(), Map.of("links", List.of(item)), true);

        assertThat(DiscoveredLinks.of(response)).containsEntry("/3303/0/5700", Map.of("pmin", "10"));
    }

    @Test
    void aListOfCoreLinkTexts() throws Exception {
        NorthboundResponse response = new NorthboundResponse(200, "", Map.of("links",
                JSON.readTree("[\"</3303/0>;pmax=60,</3303/0/5700>\"]")), true);

        assertThat(DiscoveredLinks.of(response)).containsEntry("/3303/0", Map.of("pmax", "60"))
                .containsEntry("/3303/0/5700", Map.of());
    }

    @Test
    void aLinkThatIsNoLinkFormatIsAFailureNamingIt() throws Exception {
        NorthboundResponse response = new NorthboundResponse(200, "", Map.of("links", JSON.readTree("[\"3303/0 pmin 10\"]")),
                true);

        assertThatThrownBy(() -> DiscoveredLinks.of(response)).isInstanceOf(StepFailure.class)
                .hasMessageContaining("CoRE link format").hasMessageContaining("3303/0 pmin 10");
    }
}
