package org.thingconform.profile.step;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * Read-Composite through the server (TS 6.3.8): the step asks the server's API ({@code readComposite}) for several
 * paths of the client at once and checks that they reach the client as one FETCH on the root listing them in
 * SenML, with the format's Accept, and that the API reports every value the client holds.
 *
 * @param paths  the resources read, each {@code /o/i/r}, at least two
 * @param format the answer's content format: senml-json or senml-cbor
 */
public record Lwm2mReadCompositeStep(SourceLocation location, String client, List<String> paths, String format)
        implements Lwm2mStep {

    public Lwm2mReadCompositeStep {
        paths = List.copyOf(paths);
    }

    @Override
    public String kind() {
        return "lwm2mReadComposite";
    }
}
