package org.thingconform.thingmodel.wot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The TD assertion catalogue, the TD defaults and form-target rebasing, on small TDs. */
class TdAssertionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode td() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"@context": ["https://www.w3.org/2019/wot/td/v1", "https://www.w3.org/2022/wot/td/v1.1"],
                 "title": "t", "securityDefinitions": {"nosec_sc": {"scheme": "nosec"}}, "security": ["nosec_sc"],
                 "properties": {"p": {"type": "integer", "forms": [{"href": "p"}]}},
                 "actions": {"a": {"forms": [{"href": "a", "op": "invokeaction"}]}}}
                """);
    }

    private static List<String> violations(String id, JsonNode td) {
        return TdAssertions.get(id).orElseThrow().violations(td);
    }

    @Test
    void aConformingTdHoldsEveryAssertion() throws Exception {
        ObjectNode td = td();
        assertThat(TdAssertions.ids()).allSatisfy(id -> assertThat(violations(id, td)).as(id).isEmpty());
    }

    @Test
    void eachBreakageViolatesItsAssertion() throws Exception {
        ObjectNode noContext = td();
        noContext.remove("@context");
        assertThat(violations("td-context", noContext)).containsExactly("the TD has no @context");
        ObjectNode oldContext = td();
        oldContext.put("@context", TdAssertions.CONTEXT_1_0);
        assertThat(violations("td-context", oldContext)).singleElement().asString().contains("not " + TdAssertions.CONTEXT_1_1);
        ObjectNode numberTitle = td();
        numberTitle.put("title", 3);
        assertThat(violations("td-vocab-title--Thing", numberTitle)).containsExactly("title is 3, not a string");
        ObjectNode noSecurity = td();
        noSecurity.remove("security");
        assertThat(violations("td-vocab-security--Thing", noSecurity)).hasSize(1);
        assertThat(violations("td-security-mandatory", noSecurity)).hasSize(1);
        ObjectNode emptyDefinitions = td();
        emptyDefinitions.putObject("securityDefinitions");
        assertThat(violations("td-vocab-securityDefinitions--Thing", emptyDefinitions)).hasSize(1);
        ObjectNode undefinedOnForm = td();
        ((ObjectNode) undefinedOnForm.at("/properties/p/forms/0")).putArray("security").add("basic_sc");
        assertThat(violations("td-security-mandatory", undefinedOnForm)).singleElement().asString()
                .startsWith("properties/p/forms/0/security activates \"basic_sc\"");
        ObjectNode wrongOp = td();
        ((ObjectNode) wrongOp.at("/properties/p/forms/0")).putArray("op").add("readproperty").add("invokeaction");
        assertThat(violations("td-op-for-property", wrongOp)).singleElement().asString()
                .isEqualTo("properties/p/forms/0 has op \"invokeaction\", not one of "
                        + AffordanceKind.PROPERTY.ops());
        assertThat(violations("td-op-for-action", wrongOp)).isEmpty();
    }

    @Test
    void formsWithoutOpTakeTheDefaultsOfTheirAffordance() throws Exception {
        JsonNode form = JSON.readTree("{\"href\": \"x\"}");
        assertThat(FormDefaults.ops(AffordanceKind.PROPERTY, JSON.readTree("{}"), form))
                .containsExactly("readproperty", "writeproperty");
        assertThat(FormDefaults.ops(AffordanceKind.PROPERTY, JSON.readTree("{\"readOnly\": true}"), form))
                .containsExactly("readproperty");
        assertThat(FormDefaults.ops(AffordanceKind.ACTION, JSON.readTree("{}"), form)).containsExactly("invokeaction");
        assertThat(FormDefaults.ops(AffordanceKind.EVENT, JSON.readTree("{}"), form))
                .containsExactly("subscribeevent", "unsubscribeevent");
        assertThat(FormDefaults.contentType(form)).isEqualTo("application/json");
        assertThat(FormDefaults.httpMethod(form, "readproperty")).isEqualTo("GET");
        assertThat(FormDefaults.httpMethod(form, "writeproperty")).isEqualTo("PUT");
        assertThat(FormDefaults.httpMethod(form, "invokeaction")).isEqualTo("POST");
        assertThat(FormDefaults.httpMethod(JSON.readTree("{\"htv:methodName\": \"POST\"}"), "writeproperty"))
                .isEqualTo("POST");
    }

    @ParameterizedTest
    @CsvSource({
            "http://192.0.2.2:8080/lamp/properties/on, , http://127.0.0.1:8080/lamp/properties/on, true",
            "coap://[fd00::2]:5683/lamp/actions/fade, , coap://127.0.0.1:5683/lamp/actions/fade, true",
            "properties/on, http://127.0.0.1:9/lamp/, http://127.0.0.1:9/lamp/properties/on, false",
            "http://127.0.0.1:8080/lamp/properties/on, , http://127.0.0.1:8080/lamp/properties/on, false"})
    void hrefsAreResolvedAndRebasedOntoTheDescriptorsHost(String href, String base, String expected, boolean rebased) {
        FormTarget target = FormTarget.of(href, base, URI.create("http://127.0.0.1:8080/lamp"));

        assertThat(target.uri()).hasToString(expected);
        assertThat(target.rebased()).isEqualTo(rebased);
        if (rebased) {
            assertThat(target.advertised()).hasToString(href);
        }
    }
}
