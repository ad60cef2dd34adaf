package org.thingconform.protocol.lwm2m;

import org.eclipse.californium.core.coap.CoAP;

/**
 * CoAP response codes as LwM2M texts write them ({@code 2.05}, {@code 4.04}), both ways, so the
 * adapter's API speaks the TS's language and never exposes Californium's enum.
 */
final class CoapCodes {

    private CoapCodes() {
    }

    /** {@code code} as CoAP writes it, e.g. {@code 2.05}. */
    static String text(CoAP.ResponseCode code) {
        return code.codeClass + "." + String.format("%02d", code.codeDetail);
    }

    /** The response code written as {@code c.dd}; rejects anything that is not a known response code. */
    static CoAP.ResponseCode parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("response code '" + text + "' is not written as c.dd (e.g. 4.05)");
        }
        try {
            int value = Integer.parseInt(parts[0]) << 5 | Integer.parseInt(parts[1]);
            CoAP.ResponseCode code = CoAP.ResponseCode.valueOf(value);
            if (code == null || code.codeClass < 2) {
                throw new IllegalArgumentException("response code '" + text + "' is not a CoAP response code");
            }
            return code;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("response code '" + text + "' is not written as c.dd (e.g. 4.05)", e);
        }
    }
}
