package org.thingconform.protocol.mqtt.fleet;

import java.util.Optional;

/**
 * How a fleet's messages are written and recognised: the publisher writes message {@code sequence}
 * of member {@code member}; the observer (or, for a fleet whose platform answers each message, the
 * member the answer comes back to), given what arrived, names the member and sequence again, so the
 * fleet can count deliveries and duplicates and time each message end to end. A platform may rewrite a
 * message on its way (a northbound envelope): decoding only has to find the key.
 */
public interface FleetPayloads {

    /** The payload of message {@code sequence} (from 0) of member {@code member} (from 0). */
    byte[] encode(int member, long sequence);

    /** The member and sequence a received message carries, or empty when it is not the fleet's. */
    Optional<Key> decode(String topic, byte[] payload);

    /**
     * Why a platform's answer refuses the message it answers, as an error kind the report counts (e.g.
     * {@code reply code 460}); empty when it is no refusal. A refused message is answered but not delivered.
     * Messages no platform answers are never refusals.
     */
    default Optional<String> refusal(String topic, byte[] payload) {
        return Optional.empty();
    }

    /** A message's identity within a fleet run. */
    record Key(int member, long sequence) {
    }
}
