package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thingconform.source.SourceLocation;

/**
 * Write-Composite through the server (TS 6.3.9): the step asks the server's API ({@code writeComposite}) to write
 * resources of several object instances at once and checks that they reach the client as one iPATCH on the root
 * with the format's Content-Format, that the API reports it done, and that the client then holds every value.
 *
 * @param values resource path ({@code /o/i/r}) → the value written, at least two, in the profile's order
 * @param format the payload's content format: senml-json or senml-cbor
 */
public record Lwm2mWriteCompositeStep(SourceLocation location, String client, Map<String, JsonNode> values,
                                      String format) implements Lwm2mStep {

    public Lwm2mWriteCompositeStep {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public String kind() {
        return "lwm2mWriteComposite";
    }
}
