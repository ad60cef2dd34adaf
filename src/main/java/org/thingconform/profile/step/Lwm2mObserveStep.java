package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * Observe through the server: the step asks the server's API ({@code observe}) to observe {@code path} of
 * the client in {@code format}; the client must receive a GET with Observe 0 and the format's Accept, and
 * the API must report the client's first value.
 *
 * @param path   the resource (or instance) observed, e.g. {@code /3/0/9}
 * @param format the content format asked for: text, tlv, senml-json, senml-cbor, json, opaque or cbor
 * @param saveAs the name under which the first reported value is saved for later steps, or null
 */
public record Lwm2mObserveStep(SourceLocation location, String client, String path, String format, String saveAs)
        implements Lwm2mStep {

    @Override
    public String kind() {
        return "lwm2mObserve";
    }
}
