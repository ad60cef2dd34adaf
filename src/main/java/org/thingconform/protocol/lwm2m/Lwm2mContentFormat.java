package org.thingconform.protocol.lwm2m;

import java.util.Arrays;
import java.util.Optional;

/**
 * The LwM2M 1.1 content formats by the names profiles use, with their CoAP Content-Format numbers
 * (TS Transport, section 6.4 and the IANA CoAP registry), so a step can check the Accept or
 * Content-Format option on the wire.
 */
public enum Lwm2mContentFormat {
    TEXT("text", 0),
    OPAQUE("opaque", 42),
    CBOR("cbor", 60),
    SENML_JSON("senml-json", 110),
    SENML_CBOR("senml-cbor", 112),
    TLV("tlv", 11542),
    JSON("json", 11543);

    private final String profileName;
    private final int code;

    Lwm2mContentFormat(String profileName, int code) {
        this.profileName = profileName;
        this.code = code;
    }

    /** The name in a profile, e.g. {@code senml-json}. */
    public String profileName() {
        return profileName;
    }

    /** The CoAP Content-Format number, e.g. 110. */
    public int code() {
        return code;
    }

    public static Optional<Lwm2mContentFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.profileName.equals(name)).findFirst();
    }

    public static Optional<Lwm2mContentFormat> byCode(int code) {
        return Arrays.stream(values()).filter(f -> f.code == code).findFirst();
    }
}
