package org.thingconform.profile.step;

import java.time.Duration;
import org.thingconform.source.SourceLocation;

/**
 * The server's event stream must report an event of the client within {@code within}: a registration,
 * update, de-registration, or a notification (of {@code path}, with {@code value}).
 *
 * @param eventKind registration, update, deregistration or notification
 * @param path      the LwM2M path the event must name, or null not to check it
 * @param value     the value the event must report, or null not to check it
 * @param within    how long the stream is watched
 */
public record Lwm2mAwaitEventStep(SourceLocation location, String client, String eventKind, String path, Object value,
                                  Duration within) implements Lwm2mStep {

    @Override
    public String kind() {
        return "lwm2mAwaitEvent";
    }
}
