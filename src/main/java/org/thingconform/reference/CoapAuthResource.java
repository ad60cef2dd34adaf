package org.thingconform.reference;

import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.thingconform.protocol.SignInRequest;

/**
 * The CoAP sign-in resource {@code /auth}: a POST with {@code {clientId, username, password}}
 * is answered 2.05 with {@code {token}}, 4.01 when refused, 4.00 when not a sign-in body. Over
 * DTLS the sign-in learns the identity the handshake proved ({@link DtlsPeers}), so a device may
 * sign in by its pre-shared key or certificate alone.
 */
final class CoapAuthResource extends CoapResource {

    private final TokenSignIn signIn;

    CoapAuthResource(TokenSignIn signIn) {
        super("auth");
        this.signIn = signIn;
    }

    @Override
    public void handlePOST(CoapExchange exchange) {
        TokenSignIn.Result result = signIn.signIn(exchange.getRequestText(), DownlinkRouter.Route.COAP,
                DtlsPeers.of(exchange.advanced().getRequest().getSourceContext()));
        if (result.accepted()) {
            exchange.respond(ResponseCode.CONTENT, SignInRequest.answer(result.token()),
                    MediaTypeRegistry.APPLICATION_JSON);
        } else {
            exchange.respond(result.malformed() ? ResponseCode.BAD_REQUEST : ResponseCode.UNAUTHORIZED,
                    result.reason());
        }
    }
}
