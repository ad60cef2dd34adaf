package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * Read through the server: the step asks the server's API ({@code read}) for {@code path} of the client in
 * {@code format} and checks what reaches the client and what the API reports.
 *
 * @param path   the object, instance or resource, e.g. {@code /3/0/0}
 * @param format the content format asked for: text, tlv, senml-json, senml-cbor, json, opaque or cbor
 * @param answer the code the client answers instead of the value (e.g. {@code 4.04}), or null
 * @param expect what must happen
 */
public record Lwm2mReadStep(SourceLocation location, String client, String path, String format, String answer,
                            Expect expect) implements Lwm2mStep {

    /** What a read must show. */
    public enum Expect {
        /** The client gets a GET with the format's Accept; the API reports the client's value. */
        VALUE,
        /** The client answers {@code answer}; the API reports a failure with that code. */
        ERROR,
        /** The API refuses the read, and no request reaches the client. */
        REFUSED
    }

    @Override
    public String kind() {
        return "lwm2mRead";
    }
}
