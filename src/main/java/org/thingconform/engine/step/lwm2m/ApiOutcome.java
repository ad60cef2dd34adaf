package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;

/**
 * What the server's API reported for an operation on a client: a success (a success status, and {@code ok}
 * true or not extracted) or a failure, with the CoAP code it names; and the reasons a step gives when the
 * report is not the one expected.
 */
final class ApiOutcome {

    private static final Pattern HTTP_LIKE = Pattern.compile("([245])(\\d\\d)");

    private ApiOutcome() {
    }

    static boolean succeeded(NorthboundResponse response) {
        JsonNode ok = response.get("ok");
        return response.success() && (ok == null || ok.isNull() || ok.asBoolean(false));
    }

    /** FAIL unless the API reported {@code operation} as done. */
    static void requireSuccess(String operation, NorthboundResponse response) {
        if (!succeeded(response)) {
            throw StepFailure.fail("expected the server's API to report the " + operation + " as done; observed HTTP "
                    + response.status() + " " + Bodies.quote(response.body()));
        }
    }

    /**
     * FAIL unless the API reported {@code operation} as failed, with {@code code} when it names a code
     * ({@code code} null: any failure).
     */
    static void requireFailure(String operation, String cause, String code, NorthboundResponse response) {
        if (succeeded(response)) {
            throw StepFailure.fail("expected the server's API to report " + cause + " to the " + operation
                    + " as a failure; observed success, HTTP " + response.status() + " " + Bodies.quote(response.body()));
        }
        Optional<String> reported = coapCode(response.get("code"));
        if (code != null && reported.isPresent() && !reported.get().equals(code)) {
            throw StepFailure.fail("expected the server's API to report the client's code " + code + " for the "
                    + operation + "; observed " + reported.get());
        }
    }

    /** The CoAP code an API reports: {@code 4.04}, {@code NOT_FOUND(404)} or {@code 404} → {@code 4.04}. */
    static Optional<String> coapCode(JsonNode code) {
        if (code == null || code.isNull()) {
            return Optional.empty();
        }
        String text = code.asText();
        if (text.matches("[245]\\.\\d\\d")) {
            return Optional.of(text);
        }
        Matcher m = HTTP_LIKE.matcher(text);
        return m.find() ? Optional.of(m.group(1) + "." + m.group(2)) : Optional.empty();
    }
}
