package org.thingconform.protocol.lwm2m;

/**
 * How the simulated LwM2M client secures its link to the server. Only {@link NoSec} (plain CoAP)
 * exists today; DTLS with a pre-shared key joins as another record of this sealed type, and
 * {@link Lwm2mClient} chooses its connector from it, so callers name the mode, never a connector.
 */
public sealed interface Lwm2mSecurity permits Lwm2mSecurity.NoSec {

    /** The URI scheme the mode speaks: {@code coap} or, later, {@code coaps}. */
    String scheme();

    /** Plain CoAP over UDP, LwM2M's "NoSec" mode. */
    record NoSec() implements Lwm2mSecurity {

        @Override
        public String scheme() {
            return "coap";
        }
    }
}
