package org.thingconform.thingmodel.wot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;

/**
 * One assertion of the TD 1.1 Recommendation that a TD document can be checked for, under its
 * W3C assertion id, e.g. {@code td-security-mandatory}.
 *
 * @param id        the W3C assertion id
 * @param statement what the TD must do, in our words
 * @param check     the violations of a TD, each a sentence naming where; empty when the TD holds
 */
public record TdAssertion(String id, String statement, Function<JsonNode, List<String>> check) {

    /** The violations of {@code td}. */
    public List<String> violations(JsonNode td) {
        return check.apply(td);
    }
}
