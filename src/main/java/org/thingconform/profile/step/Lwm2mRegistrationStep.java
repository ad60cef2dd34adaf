package org.thingconform.profile.step;

import java.time.Duration;
import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * Asks the server's API ({@code getRegistration}) about the client's registration until it shows what
 * is expected or {@code within} has passed: registered, with the lifetime and object links given, or
 * absent (de-registered, expired, replaced).
 *
 * @param registered whether the server must know the client
 * @param lifetime   the lifetime the server must report, or null not to check it
 * @param objects    object links the server must report, e.g. {@code /3/0}; empty not to check them
 * @param within     how long the API is asked
 */
public record Lwm2mRegistrationStep(SourceLocation location, String client, boolean registered, Long lifetime,
                                    List<String> objects, Duration within) implements Lwm2mStep {

    public Lwm2mRegistrationStep {
        objects = List.copyOf(objects);
    }

    @Override
    public String kind() {
        return "lwm2mRegistration";
    }
}
