package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.thingconform.protocol.SignInRequest;
import org.thingconform.protocol.tls.TlsPeer;

/**
 * The sign-in and the token check of the CoAP and HTTP device endpoints: a sign-in body
 * {@code {clientId, username, password}} is checked like an MQTT CONNECT ({@link DeviceSignIn}),
 * answered with a fresh token, and routes the device's downlinks to that transport; an uplink
 * is authorized when its token was issued to the device its path names.
 */
final class TokenSignIn {

    /** The reference platform's CoAP Uri-Query parameter carrying the token. */
    static final String COAP_TOKEN_QUERY = "token";
    /** The reference platform's HTTP request header carrying the token. */
    static final String HTTP_TOKEN_HEADER = "X-Device-Token";

    /**
     * How a sign-in request ended.
     *
     * @param token     the issued token, or null when refused
     * @param malformed whether the request was not a sign-in body at all (rather than refused)
     * @param reason    the refusal in words, or null
     */
    record Result(String token, boolean malformed, String reason) {
        boolean accepted() {
            return token != null;
        }
    }

    private final DeviceSignIn signIn;
    private final DeviceTokens tokens;
    private final BiConsumer<DeviceKey, DownlinkRouter.Route> signedIn;

    /** {@code signedIn} learns of each accepted sign-in (the {@link DownlinkRouter}, which is built later). */
    TokenSignIn(DeviceSignIn signIn, DeviceTokens tokens, BiConsumer<DeviceKey, DownlinkRouter.Route> signedIn) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.signedIn = signedIn;
    }

    Result signIn(String body, DownlinkRouter.Route route) {
        return signIn(body, route, null);
    }

    /** A sign-in over a connection whose (D)TLS handshake proved {@code peer} (null for none). */
    Result signIn(String body, DownlinkRouter.Route route, TlsPeer peer) {
        Optional<JsonNode> request = SignInRequest.parse(body);
        if (request.isEmpty()) {
            return new Result(null, true, "the sign-in body must be a JSON object {clientId, username, password}");
        }
        DeviceSignIn.Outcome outcome = signIn.check(text(request.get(), "clientId"), text(request.get(), "username"),
                text(request.get(), "password"), peer);
        if (!outcome.accepted()) {
            return new Result(null, false, outcome.reason());
        }
        DeviceKey device = outcome.device().orElseThrow();
        signedIn.accept(device, route);
        return new Result(tokens.issue(device), false, null);
    }

    /** The device an uplink to {@code path} comes from: the token's, when it is the one the path names. */
    Optional<DeviceKey> authorize(String token, String path) {
        Optional<DeviceKey> named = DownlinkRouter.device(path);
        return tokens.device(token).filter(device -> named.isPresent() && named.get().equals(device));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
