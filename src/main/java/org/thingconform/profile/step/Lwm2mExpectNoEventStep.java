package org.thingconform.profile.step;

import java.time.Duration;
import org.thingconform.source.SourceLocation;

/**
 * The server's event stream must report no event of {@code eventKind} (on {@code path}) for the client
 * during {@code quietPeriod}: e.g. no notification after an observation was cancelled. An event already
 * read and not taken by an earlier await counts too.
 *
 * @param eventKind   registration, update, deregistration or notification
 * @param path        the LwM2M path, or null for any
 * @param quietPeriod how long the stream must stay quiet: the clause's point, so a fixed wait
 */
public record Lwm2mExpectNoEventStep(SourceLocation location, String client, String eventKind, String path,
                                     Duration quietPeriod) implements Lwm2mStep {

    @Override
    public String kind() {
        return "lwm2mExpectNoEvent";
    }
}
