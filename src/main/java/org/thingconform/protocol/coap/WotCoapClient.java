package org.thingconform.protocol.coap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.eclipse.californium.core.CoapClient;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.elements.exception.ConnectorException;
import org.thingconform.protocol.WotResponse;
import org.thingconform.trace.MessageTrace;

/**
 * The CoAP client of a WoT Thing (Californium): carries out an operation on a CoAP form with a
 * confirmable request on an endpoint of its own (wildcard address, ephemeral port, so the Thing
 * may be on any host). Request and response go to the trace; a request to an address rebased
 * from the one the TD advertised carries that address as {@code rebasedFrom}. Response codes are given as class*100+detail (2.05 → 205).
 */
public final class WotCoapClient implements AutoCloseable {

    private static final String PROTOCOL = "coap";

    private final MessageTrace trace;
    private final CoapEndpoint endpoint;
    private final CoapClient client;

    public WotCoapClient(MessageTrace trace, Duration timeout) {
        this.trace = trace;
        endpoint = new CoapEndpoint.Builder()
                .setInetSocketAddress(new InetSocketAddress(0))
                .setConfiguration(CoapConfiguration.standard())
                .build();
        try {
            endpoint.start();
        } catch (IOException e) {
            throw new CoapTransportException("cannot open a CoAP endpoint on an ephemeral UDP port: " + e.getMessage(), e);
        }
        client = new CoapClient();
        client.setEndpoint(endpoint);
        client.setTimeout(timeout.toMillis());
    }

    /**
     * Sends {@code method} (GET, PUT, POST, DELETE) to {@code uri} with {@code body} (null for none).
     *
     * @param advertised the address the TD advertised, when {@code uri} was rebased from it; else null
     * @return the answer, or null when none came within the timeout
     * @throws CoapTransportException when the request cannot be sent
     */
    public WotResponse send(String method, URI uri, String contentType, String body, URI advertised) {
        Request request = new Request(CoAP.Code.valueOf(method), CoAP.Type.CON);
        request.setURI(uri);
        int format = MediaTypeRegistry.parse(contentType == null ? "application/json" : contentType);
        request.getOptions().setAccept(format);
        if (body != null) {
            request.setPayload(body);
            request.getOptions().setContentFormat(format);
        }
        Map<String, String> attributes = MessageTrace.attributes("method", method, "url", uri.toString());
        if (advertised != null) {
            attributes.put("rebasedFrom", advertised.toString());
        }
        trace.sent(PROTOCOL, method, uri.toString(), attributes, body == null ? "" : body);
        CoapResponse response;
        try {
            response = client.advanced(request);
        } catch (ConnectorException | IOException e) {
            throw new CoapTransportException(method + " " + uri + " failed: " + e.getMessage(), e);
        }
        if (response == null) {
            trace.received(PROTOCOL, "NO-RESPONSE", uri.toString(), Map.of(), "no answer within the timeout");
            return null;
        }
        CoAP.ResponseCode code = response.getCode();
        int format2 = response.getOptions().getContentFormat();
        String type = format2 == MediaTypeRegistry.UNDEFINED ? null : MediaTypeRegistry.toString(format2);
        trace.received(PROTOCOL, code.text + " " + code.name(), uri.toString(), MessageTrace.attributes("code",
                code.text, "Content-Format", String.valueOf(type)), response.getResponseText());
        return new WotResponse(code.codeClass * 100 + code.codeDetail, type, response.getResponseText());
    }

    @Override
    public void close() {
        client.shutdown();
        endpoint.destroy();
    }
}
