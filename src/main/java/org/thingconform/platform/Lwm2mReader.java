package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thingconform.profile.Fields;
import org.thingconform.source.LocatedDocument;

/**
 * Reads a descriptor's {@code lwm2m} section ({@link Lwm2mServerDescriptor}): the server's CoAP endpoint on
 * any host, its API (which must map {@link Lwm2mServerDescriptor#REQUIRED}), how the API spells the content
 * formats, which statuses mean "no such client", and its event stream; every problem an error at its line.
 */
final class Lwm2mReader {

    /** Reads an endpoint {@code {host, port, dtls}}, as the descriptor's other endpoints are read. */
    @FunctionalInterface
    interface EndpointReader {
        Endpoint read(Fields f, String portExpected, String securityKey);
    }

    private final LocatedDocument document;
    private final ApiReader apis;
    private final EndpointReader endpoints;

    Lwm2mReader(LocatedDocument document, ApiReader apis, EndpointReader endpoints) {
        this.document = document;
        this.apis = apis;
        this.endpoints = endpoints;
    }

    /** The {@code lwm2m} section of {@code top}. */
    Lwm2mServerDescriptor read(Fields top) {
        Fields lwm2m = Fields.of(document, top.child("lwm2m"), top.requiredObject("lwm2m", "{server: {host, port}, api: "
                + "{baseUrl, operations}}"), "lwm2m", Set.of("server", "api", "formats", "absentStatus", "events"));
        Endpoint server = endpoints.read(Fields.of(document, lwm2m.child("server"), lwm2m.requiredObject("server",
                "{host, port}"), "lwm2m server", Set.of("host", "port", "dtls")),
                "a UDP port 1-65535, e.g. 5683, or 5684 for CoAP over DTLS", "dtls");
        NorthboundApi api = apis.api(lwm2m, "api", Lwm2mServerDescriptor.OPERATIONS);
        for (String required : Lwm2mServerDescriptor.REQUIRED) {
            if (!api.operations().containsKey(required)) {
                throw document.error(lwm2m.child("api") + "/operations", "the LwM2M server's API maps no '" + required
                        + "' operation", required + ": {method: GET, path: /clients/{endpoint}} (success when the server "
                        + "knows the client)");
            }
        }
        return new Lwm2mServerDescriptor(server, api, formats(lwm2m), absentStatus(lwm2m),
                new Lwm2mEventStreamReader(document).read(lwm2m));
    }

    private Map<String, String> formats(Fields lwm2m) {
        Map<String, String> formats = new LinkedHashMap<>();
        if (lwm2m.has("formats")) {
            Fields f = Fields.of(document, lwm2m.child("formats"), lwm2m.requiredObject("formats",
                    "the suite's format name → the API's spelling, e.g. tlv: TLV"), "lwm2m formats",
                    Lwm2mServerDescriptor.FORMATS);
            Lwm2mServerDescriptor.FORMATS.stream().filter(f::has).forEach(name ->
                    formats.put(name, f.requiredText(name, "the API's name of the format, e.g. TLV")));
        }
        return formats;
    }

    private List<Integer> absentStatus(Fields lwm2m) {
        List<Integer> absent = new ArrayList<>();
        if (!lwm2m.has("absentStatus")) {
            return absent;
        }
        JsonNode list = lwm2m.node().get("absentStatus");
        if (!list.isArray() || list.isEmpty()) {
            throw lwm2m.error("absentStatus", "'absentStatus' must be a non-empty list of HTTP statuses",
                    "e.g. [404] or [400, 404]");
        }
        for (int i = 0; i < list.size(); i++) {
            int status = list.get(i).asInt(-1);
            if (!list.get(i).isInt() || status < 400 || status > 599) {
                throw document.error(lwm2m.child("absentStatus") + "/" + i, "'" + list.get(i) + "' is not an HTTP "
                        + "error status", "a status 400-599, e.g. 404");
            }
            absent.add(status);
        }
        return absent;
    }
}
