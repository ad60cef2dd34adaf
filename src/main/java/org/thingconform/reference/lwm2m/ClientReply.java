package org.thingconform.reference.lwm2m;

import java.util.List;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.Response;

/** What an LwM2M client answered to one of the server's requests, reduced to what the server acts on. */
record ClientReply(ResponseCode code, int contentFormat, byte[] payload, List<String> locationPath,
                   boolean observing) {

    static ClientReply of(Response response) {
        return new ClientReply(response.getCode(), response.getOptions().getContentFormat(),
                response.getPayload() == null ? new byte[0] : response.getPayload(),
                List.copyOf(response.getOptions().getLocationPath()), response.getOptions().hasObserve());
    }

    boolean success() {
        return code.isSuccess();
    }

    /** The code as LwM2M and CoAP write it, e.g. {@code 2.05}. */
    String codeText() {
        return text(code);
    }

    static String text(ResponseCode code) {
        return code.codeClass + "." + String.format("%02d", code.codeDetail);
    }
}
