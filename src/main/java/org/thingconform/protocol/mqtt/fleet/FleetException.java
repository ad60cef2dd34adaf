package org.thingconform.protocol.mqtt.fleet;

/** A fleet that could not run at all (its observer could not subscribe, the broker is not there). */
public final class FleetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FleetException(String message) {
        super(message);
    }
}
