package org.thingconform.protocol.lwm2m;

/** The simulated LwM2M client could not open its endpoint or send a request (not a server's answer). */
public final class Lwm2mTransportException extends RuntimeException {

    public Lwm2mTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
