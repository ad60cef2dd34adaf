package org.thingconform.reference;

/** A northbound request the platform refuses, with the HTTP status and a message for the caller. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
