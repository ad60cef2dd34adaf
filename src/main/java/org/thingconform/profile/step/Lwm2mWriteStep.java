package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.thingconform.source.SourceLocation;

/**
 * Write through the server: the step asks the server's API ({@code write}) to write values on a resource
 * or, with several resources, an object instance of the client, and checks the Write on the wire (PUT to
 * replace, POST for a partial update, with the format's Content-Format), what the API reports and the
 * client's values afterwards.
 *
 * @param path    the resource ({@code /3/0/15}) or object instance ({@code /1/0}) written
 * @param format  the content format of the payload: text, tlv, senml-json, senml-cbor, json, opaque or cbor
 * @param values  the values written, by resource id: for a resource path its one value
 * @param replace true: Write replace (PUT); false: partial update (POST, on an instance)
 * @param answer  the code the client answers instead of applying the write (e.g. {@code 4.05}), or null
 * @param expect  what must happen
 */
public record Lwm2mWriteStep(SourceLocation location, String client, String path, String format,
                             Map<Integer, JsonNode> values, boolean replace, String answer, Expect expect)
        implements Lwm2mManagementStep {

    public Lwm2mWriteStep {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** What a write must show. */
    public enum Expect {
        /** The write reaches the client as the mode's method; the API reports success; the client holds the values. */
        WRITTEN,
        /** The client refuses the write (its own answer, or {@code answer}); the API reports a failure. */
        ERROR,
        /**
         * The value breaks the resource's type or range: the API reports a failure (the server refused the value
         * itself, or reported the client's refusal) and the client keeps the value it held.
         */
        REJECTED
    }

    @Override
    public String kind() {
        return "lwm2mWrite";
    }
}
