package org.thingconform.profile.step;

import java.time.Duration;
import org.thingconform.source.SourceLocation;

/**
 * A Read of a queue-mode client that is offline (TS 6.2.1 parameter Q; Transport TS, Queue Mode): once the client
 * has been silent for the server's awake time, the step asks the server's API for a Read, checks that nothing
 * reaches the client within the quiet period, then lets the client send an Update and checks that the held Read
 * reaches it right after, with the format's Accept, and that the API reports the client's value.
 *
 * @param path        the resource read, e.g. {@code /3/0/0}
 * @param format      the content format asked for: text, tlv, senml-json, senml-cbor, json, opaque or cbor
 * @param awakeTime   how long the server deems the client online after its last message (the server's IXIT)
 * @param quietPeriod how long nothing may reach the offline client after the API was asked
 */
public record Lwm2mQueuedReadStep(SourceLocation location, String client, String path, String format,
                                  Duration awakeTime, Duration quietPeriod) implements Lwm2mStep {

    @Override
    public String kind() {
        return "lwm2mQueuedRead";
    }
}
