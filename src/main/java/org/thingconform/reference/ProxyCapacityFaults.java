package org.thingconform.reference;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The capacity clauses' negative controls, applied by the fault proxy to plain MQTT clients (Alink devices pass):
 * a connection limit below the fleet the clauses ask for, a broker that loses one message in twenty on the way to
 * subscribers, and one that holds every delivery for two seconds. Each is what a platform short of its stated
 * capacity does, measurably by a fleet.
 */
final class ProxyCapacityFaults {

    /** Concurrent plain connections the broker takes while {@link Fault#CAPACITY_CONNECTION_LIMIT} is on. */
    static final int CONNECTION_LIMIT = 50;
    /** Of so many PUBLISHes to subscribers, one is lost while {@link Fault#CAPACITY_LOSES_MESSAGES} is on. */
    static final int ONE_LOST_IN = 20;
    /** How long each delivery is held while {@link Fault#CAPACITY_SLOW_DELIVERY} is on. */
    static final long HELD_MILLIS = 2_000;

    private static final int SERVER_UNAVAILABLE_V3 = 0x03;
    private static final int SERVER_UNAVAILABLE_V5 = 0x88;

    private final FaultSwitch faults;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicLong delivered = new AtomicLong();

    ProxyCapacityFaults(FaultSwitch faults) {
        this.faults = faults;
    }

    /**
     * Whether a plain client's first CONNECT may reach the broker; when the connection limit is reached it is
     * refused here with "server unavailable" and closed. An admitted connection counts until {@link #closed}.
     */
    boolean admit(ProxiedConnection connection, ConnectFields fields) {
        if (faults.on(Fault.CAPACITY_CONNECTION_LIMIT) && open.get() >= CONNECTION_LIMIT) {
            byte[] body = fields.level() == 5 ? new byte[] {0, (byte) SERVER_UNAVAILABLE_V5, 0}
                    : new byte[] {0, SERVER_UNAVAILABLE_V3};
            connection.toClient(new MqttFrame(MqttFrame.CONNACK << 4, body));
            connection.close();
            return false;
        }
        connection.counted();
        open.incrementAndGet();
        return true;
    }

    /** Forgets a closed connection that counted against the limit. */
    void closed(ProxiedConnection connection) {
        if (connection.uncounted()) {
            open.decrementAndGet();
        }
    }

    /**
     * Passes a PUBLISH from the broker on to a plain client: now, later (slow delivery) or never (lost; the proxy
     * then acknowledges it to the broker in the client's stead). Returns whether it was handled here.
     */
    boolean deliver(ProxiedConnection connection, MqttFrame publish) {
        if (faults.on(Fault.CAPACITY_LOSES_MESSAGES) && delivered.incrementAndGet() % ONE_LOST_IN == 0) {
            connection.standIn().receive(publish);
            return true;
        }
        if (faults.on(Fault.CAPACITY_SLOW_DELIVERY)) {
            connection.toClientAfter(publish, HELD_MILLIS, TimeUnit.MILLISECONDS);
            return true;
        }
        return false;
    }
}
