package org.thingconform.reference.lwm2m;

/**
 * A northbound request that cannot be served: its HTTP status, the message for the caller, and the
 * CoAP code the client answered when the failure is the client's (null otherwise).
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String coapCode;

    ApiError(int status, String message) {
        this(status, message, null);
    }

    ApiError(int status, String message, String coapCode) {
        super(message);
        this.status = status;
        this.coapCode = coapCode;
    }

    int status() {
        return status;
    }

    String coapCode() {
        return coapCode;
    }
}
