package org.thingconform.protocol.coap;

import java.util.Map;
import org.eclipse.californium.core.coap.Message;
import org.eclipse.californium.core.coap.OptionSet;
import org.thingconform.protocol.TraceMasking;
import org.thingconform.trace.MessageTrace;

/**
 * The trace attributes of one CoAP message, the same for every CoAP endpoint of the suite (a device's,
 * an LwM2M client's): type, code, message id, token, and the options a reader of the trace looks for —
 * Uri-Path, Uri-Query (secrets masked), Accept, Content-Format, Location-Path, Observe.
 */
public final class CoapTraceAttributes {

    private CoapTraceAttributes() {
    }

    /** The attributes of {@code message}, whose code is written {@code code} (e.g. {@code 2.05}). */
    public static Map<String, String> of(Message message, String code) {
        OptionSet options = message.getOptions();
        Map<String, String> attributes = MessageTrace.attributes("type", String.valueOf(message.getType()),
                "code", code, "mid", String.valueOf(message.getMID()), "token", message.getTokenString());
        if (!options.getUriPathString().isEmpty()) {
            attributes.put("uriPath", "/" + options.getUriPathString());
        }
        if (!options.getUriQuery().isEmpty()) {
            attributes.put("uriQuery", TraceMasking.query(options.getUriQuery()));
        }
        if (options.hasAccept()) {
            attributes.put("accept", String.valueOf(options.getAccept()));
        }
        if (options.hasContentFormat()) {
            attributes.put("contentFormat", String.valueOf(options.getContentFormat()));
        }
        if (!options.getLocationPath().isEmpty()) {
            attributes.put("locationPath", "/" + options.getLocationPathString());
        }
        if (options.hasObserve()) {
            attributes.put("observe", String.valueOf(options.getObserve()));
        }
        return attributes;
    }
}
