package org.thingconform.protocol.coap;

/** The CoAP transport could not do what was asked (endpoint not opened, request not sent). */
public class CoapTransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CoapTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
