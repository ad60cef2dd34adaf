package org.thingconform.protocol.http;

/** The HTTP device transport could not do what was asked (endpoint unreachable, request failed). */
public class HttpTransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HttpTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
