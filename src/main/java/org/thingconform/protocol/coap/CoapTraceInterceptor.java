package org.thingconform.protocol.coap;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.EmptyMessage;
import org.eclipse.californium.core.coap.Message;
import org.eclipse.californium.core.coap.OptionSet;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.network.interceptors.MessageInterceptor;
import org.thingconform.protocol.TraceMasking;
import org.thingconform.trace.MessageTrace;

/**
 * Puts every CoAP message a device endpoint sends or receives into the current trace, as the
 * wire shows it: type (CON/NON/ACK/RST), code, message id, token, options (Uri-Path, Uri-Query
 * with the sign-in token masked, Content-Format, Observe) and payload (secrets masked). Responses
 * and notifications are addressed by the path of the request whose token they carry.
 */
final class CoapTraceInterceptor implements MessageInterceptor {

    private static final String PROTOCOL = "coap";

    private final Supplier<MessageTrace> trace;
    private final Map<String, String> pathsByToken = new ConcurrentHashMap<>();

    CoapTraceInterceptor(Supplier<MessageTrace> trace) {
        this.trace = trace;
    }

    @Override
    public void sendRequest(Request request) {
        String path = "/" + request.getOptions().getUriPathString();
        pathsByToken.put(request.getTokenString(), path);
        trace.get().sent(PROTOCOL, request.getType() + " " + request.getCode(), path, attributes(request,
                request.getCode().name()), TraceMasking.payload(request.getPayloadString()));
    }

    @Override
    public void receiveResponse(Response response) {
        trace.get().received(PROTOCOL, response.getType() + " " + code(response.getCode()),
                pathsByToken.getOrDefault(response.getTokenString(), "?"), attributes(response, code(response.getCode())
                        + " " + response.getCode().name()), TraceMasking.payload(response.getPayloadString()));
    }

    @Override
    public void sendEmptyMessage(EmptyMessage message) {
        trace.get().sent(PROTOCOL, message.getType() + " (empty)", "", attributes(message, "0.00"), "");
    }

    @Override
    public void receiveEmptyMessage(EmptyMessage message) {
        trace.get().received(PROTOCOL, message.getType() + " (empty)", "", attributes(message, "0.00"), "");
    }

    @Override
    public void sendResponse(Response response) {
        // a device endpoint only sends requests and empty ACK/RST
    }

    @Override
    public void receiveRequest(Request request) {
        // a device endpoint serves no resources
    }

    /** A response code as CoAP writes it, e.g. {@code 2.05}. */
    static String code(CoAP.ResponseCode code) {
        return code.codeClass + "." + String.format("%02d", code.codeDetail);
    }

    private static Map<String, String> attributes(Message message, String code) {
        return CoapTraceAttributes.of(message, code);
    }
}
