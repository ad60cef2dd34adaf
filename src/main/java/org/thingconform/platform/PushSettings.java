package org.thingconform.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How the platform under test pushes device data to the peer (the descriptor's
 * {@code interconnection.push}): the secret it signs pushes with (HMAC-SHA256 over the raw
 * body; a {@link Secret}, masked everywhere, sent in the {@code subscribe} body as
 * {@code {pushSecret}} when the mapping asks for it), the header carrying the signature and the
 * text before the hex digest, and where in a push body its parts are (JsonPaths).
 *
 * @param secret          the signing secret
 * @param signatureHeader the request header with the signature, e.g. {@code X-Hub-Signature-256}
 * @param signaturePrefix the text before the lower-case hex digest, e.g. {@code sha256=} (may be empty)
 * @param fields          push part → JsonPath: {@code deviceId}, {@code event} (only in event pushes),
 *                        {@code values} (an object of identifier → value), {@code time}
 */
public record PushSettings(Secret secret, String signatureHeader, String signaturePrefix, Map<String, String> fields) {

    /** The parts of a push the suite reads. */
    public static final Set<String> FIELDS = Set.of("deviceId", "event", "values", "time");
    /** Where the parts are unless the descriptor says otherwise (the reference platform's format). */
    public static final Map<String, String> DEFAULT_FIELDS = Map.of("deviceId", "$.deviceId", "event", "$.event",
            "values", "$.values", "time", "$.time");

    public PushSettings {
        Map<String, String> all = new LinkedHashMap<>(DEFAULT_FIELDS);
        all.putAll(fields);
        fields = Map.copyOf(all);
    }
}
