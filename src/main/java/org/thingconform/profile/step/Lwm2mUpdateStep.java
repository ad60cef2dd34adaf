package org.thingconform.profile.step;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * Update: the client sends {@code POST} to its registration's location (or, with {@code unknown}, to a
 * location the server never gave) with an optional new lifetime and object list, and checks the answer.
 *
 * @param lifetime    the new lifetime in seconds, or null to send none
 * @param withObjects whether the object list goes along
 * @param unknown     whether the Update goes to a registration that does not exist
 * @param expectCodes the answers that pass, e.g. {@code 2.04}
 */
public record Lwm2mUpdateStep(SourceLocation location, String client, Long lifetime, boolean withObjects,
                              boolean unknown, List<String> expectCodes) implements Lwm2mStep {

    public Lwm2mUpdateStep {
        expectCodes = List.copyOf(expectCodes);
    }

    @Override
    public String kind() {
        return "lwm2mUpdate";
    }
}
