package org.thingconform.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thingconform.platform.Secret;

/**
 * Keeps secrets out of CoAP and HTTP traces: JSON members, query parameters and headers
 * whose name speaks of a password, secret or token (the sign-in request, the token the
 * platform hands out, the token on every later request) are shown as {@link Secret#MASK}.
 */
public final class TraceMasking {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SECRET_WORDS = List.of("password", "secret", "token", "sign", "authorization");

    private TraceMasking() {
    }

    /** Whether a value under {@code name} must not be shown. */
    public static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    /** {@code payload} with the values of secret JSON members masked; non-JSON text as it is. */
    public static String payload(String payload) {
        if (payload == null || payload.isEmpty() || !payload.stripLeading().startsWith("{")) {
            return payload;
        }
        try {
            JsonNode root = JSON.readTree(payload);
            if (!mask(root)) {
                return payload;
            }
            return JSON.writeValueAsString(root);
        } catch (java.io.IOException e) {
            return payload;
        }
    }

    /** Query parameters {@code name=value} with secret values masked, joined by {@code &}. */
    public static String query(List<String> parameters) {
        List<String> shown = new ArrayList<>();
        for (String parameter : parameters) {
            int eq = parameter.indexOf('=');
            String name = eq < 0 ? parameter : parameter.substring(0, eq);
            shown.add(eq >= 0 && isSecret(name) ? name + "=" + Secret.MASK : parameter);
        }
        return String.join("&", shown);
    }

    /** Headers as {@code name: value; …} with secret values masked. */
    public static String headers(Map<String, List<String>> headers) {
        List<String> shown = new ArrayList<>();
        headers.forEach((name, values) -> shown.add(name + ": "
                + (isSecret(name) ? Secret.MASK : String.join(", ", values))));
        return String.join("; ", shown);
    }

    private static boolean mask(JsonNode node) {
        boolean masked = false;
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (isSecret(member.getKey()) && member.getValue().isValueNode()) {
                    member.setValue(JSON.getNodeFactory().textNode(Secret.MASK));
                    masked = true;
                } else {
                    masked |= mask(member.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode item : node) {
                masked |= mask(item);
            }
        }
        return masked;
    }
}
