package org.thingconform.reference.lwm2m;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.leshan.core.request.ContentFormat;

/** The LwM2M content formats the northbound API names in its {@code format} parameter. */
enum DataFormat {
    TEXT("text", ContentFormat.TEXT),
    OPAQUE("opaque", ContentFormat.OPAQUE),
    TLV("tlv", ContentFormat.TLV),
    JSON("json", ContentFormat.JSON),
    SENML_JSON("senml-json", ContentFormat.SENML_JSON),
    SENML_CBOR("senml-cbor", ContentFormat.SENML_CBOR),
    CBOR("cbor", ContentFormat.CBOR);

    private final String apiName;
    private final ContentFormat contentFormat;

    DataFormat(String apiName, ContentFormat contentFormat) {
        this.apiName = apiName;
        this.contentFormat = contentFormat;
    }

    String apiName() {
        return apiName;
    }

    ContentFormat contentFormat() {
        return contentFormat;
    }

    /** The format named {@code name}, or {@code fallback} when it is null. */
    static DataFormat parse(String name, DataFormat fallback) {
        if (name == null || name.isEmpty()) {
            return fallback;
        }
        return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst()
                .orElseThrow(() -> new ApiError(400, "unknown format '" + name + "'; known: "
                        + Arrays.stream(values()).map(DataFormat::apiName).collect(Collectors.joining(", "))));
    }
}
