package org.thingconform.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The sign-in exchange of the CoAP and HTTP bindings, shared by device and platform: the
 * device sends {@code {clientId, username, password}} (computed as for an MQTT CONNECT by the
 * binding's auth scheme), the platform answers {@code {token}} on success.
 */
public final class SignInRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SignInRequest() {
    }

    /** The sign-in body. */
    public static String body(String clientId, String username, String password) {
        ObjectNode body = JSON.createObjectNode();
        body.put("clientId", clientId);
        body.put("username", username);
        body.put("password", password);
        return body.toString();
    }

    /** The platform's answer carrying {@code token}. */
    public static String answer(String token) {
        ObjectNode body = JSON.createObjectNode();
        body.put("token", token);
        return body.toString();
    }

    /** The token in a sign-in answer; empty when the answer carries none. */
    public static Optional<String> token(String answer) {
        return parse(answer).map(node -> node.path("token")).filter(JsonNode::isTextual).map(JsonNode::textValue)
                .filter(token -> !token.isEmpty());
    }

    /** The sign-in body, parsed; empty when it is not a JSON object. */
    public static Optional<JsonNode> parse(String text) {
        try {
            JsonNode node = text == null || text.isEmpty() ? null : JSON.readTree(text);
            return Optional.ofNullable(node).filter(JsonNode::isObject);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
