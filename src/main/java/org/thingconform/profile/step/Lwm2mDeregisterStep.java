package org.thingconform.profile.step;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * De-register: the client sends {@code DELETE} to its registration's location and checks the answer.
 *
 * @param expectCodes the answers that pass, e.g. {@code 2.02}
 */
public record Lwm2mDeregisterStep(SourceLocation location, String client, List<String> expectCodes)
        implements Lwm2mStep {

    public Lwm2mDeregisterStep {
        expectCodes = List.copyOf(expectCodes);
    }

    @Override
    public String kind() {
        return "lwm2mDeregister";
    }
}
