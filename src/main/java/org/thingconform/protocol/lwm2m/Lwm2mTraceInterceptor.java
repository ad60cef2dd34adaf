package org.thingconform.protocol.lwm2m;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.californium.core.coap.EmptyMessage;
import org.eclipse.californium.core.coap.Message;
import org.eclipse.californium.core.coap.OptionSet;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.network.interceptors.MessageInterceptor;
import org.thingconform.protocol.TraceMasking;
import org.thingconform.protocol.coap.CoapTraceAttributes;
import org.thingconform.trace.MessageTrace;

/**
 * Puts every CoAP message of the simulated LwM2M client into the test's trace (protocol
 * {@code lwm2m}), both ways: its requests to the server (Register, Update, De-register, raw)
 * and the answers, the server's requests and the client's responses and notifications, and
 * empty ACK/RST. Each entry carries type, code, message id, token, Uri-Path, Uri-Query,
 * Accept, Content-Format, Location-Path and Observe, and the payload readable
 * ({@link PayloadText}). Responses are addressed by the path of the request whose token they
 * carry. The client never serves the Security object, so no key reaches a trace.
 */
final class Lwm2mTraceInterceptor implements MessageInterceptor {

    static final String PROTOCOL = "lwm2m";

    private final Supplier<MessageTrace> trace;
    private final Map<String, String> sentPaths = new ConcurrentHashMap<>();
    private final Map<String, String> receivedPaths = new ConcurrentHashMap<>();

    Lwm2mTraceInterceptor(Supplier<MessageTrace> trace) {
        this.trace = trace;
    }

    @Override
    public void sendRequest(Request request) {
        String path = "/" + request.getOptions().getUriPathString();
        sentPaths.put(request.getTokenString(), path);
        trace.get().sent(PROTOCOL, request.getType() + " " + request.getCode(), path,
                attributes(request, request.getCode().name()), payload(request));
    }

    @Override
    public void receiveResponse(Response response) {
        trace.get().received(PROTOCOL, response.getType() + " " + CoapCodes.text(response.getCode()),
                sentPaths.getOrDefault(response.getTokenString(), "?"), attributes(response,
                        CoapCodes.text(response.getCode()) + " " + response.getCode().name()), payload(response));
    }

    @Override
    public void receiveRequest(Request request) {
        String path = "/" + request.getOptions().getUriPathString();
        receivedPaths.put(request.getTokenString(), path);
        trace.get().received(PROTOCOL, request.getType() + " " + request.getCode(), path,
                attributes(request, request.getCode().name()), payload(request));
    }

    @Override
    public void sendResponse(Response response) {
        String kind = response.getOptions().hasObserve() ? "observe " : "";
        trace.get().sent(PROTOCOL, response.getType() + " " + kind + CoapCodes.text(response.getCode()),
                receivedPaths.getOrDefault(response.getTokenString(), "?"), attributes(response,
                        CoapCodes.text(response.getCode()) + " " + response.getCode().name()), payload(response));
    }

    @Override
    public void sendEmptyMessage(EmptyMessage message) {
        trace.get().sent(PROTOCOL, message.getType() + " (empty)", "", attributes(message, "0.00"), "");
    }

    @Override
    public void receiveEmptyMessage(EmptyMessage message) {
        trace.get().received(PROTOCOL, message.getType() + " (empty)", "", attributes(message, "0.00"), "");
    }

    private static String payload(Message message) {
        OptionSet options = message.getOptions();
        return PayloadText.of(message.getPayload(), options.hasContentFormat()
                ? OptionalInt.of(options.getContentFormat()) : OptionalInt.empty());
    }

    private static Map<String, String> attributes(Message message, String code) {
        return CoapTraceAttributes.of(message, code);
    }
}
