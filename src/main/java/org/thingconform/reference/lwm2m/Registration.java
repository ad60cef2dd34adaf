package org.thingconform.reference.lwm2m;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.model.LwM2mModel;

/**
 * One LwM2M client as the server knows it after Register or Update: its name, the id the server gave
 * it, the parameters it announced, its object links, the model chosen for those links, and the
 * address its requests came from (where the server sends its own).
 */
record Registration(String endpoint, String id, long lifetimeSeconds, String binding, String lwm2mVersion,
                    String smsNumber, boolean queueMode, List<Link> objectLinks, LwM2mModel model,
                    InetSocketAddress address, Instant registeredAt, Instant lastUpdate) {

    Registration {
        objectLinks = List.copyOf(objectLinks);
    }

    /** The time its lifetime runs out unless an Update comes first. */
    Instant expiresAt() {
        return lastUpdate.plusSeconds(lifetimeSeconds);
    }
}
