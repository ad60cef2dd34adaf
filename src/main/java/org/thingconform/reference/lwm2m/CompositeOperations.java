package org.thingconform.reference.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.californium.core.coap.CoAP.Code;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.codec.CodecException;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mDecoder;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mEncoder;
import org.eclipse.leshan.core.request.ContentFormat;

/**
 * The server's composite operations on one registered client (LwM2M 1.1 §6.3.8 Read-Composite, §6.3.9
 * Write-Composite): several paths of several objects in one request on the root path, a FETCH that lists the
 * paths, an iPATCH that carries the resources, both in SenML. Kept apart from {@link DeviceManagement}, whose
 * operations each address one path.
 */
final class CompositeOperations {

    private final DeviceManagement management;
    private final Downlink downlink;
    private final Outcomes outcomes;
    private final Predicate<Lwm2mFault> faults;
    private final DefaultLwM2mEncoder encoder = new DefaultLwM2mEncoder();
    private final DefaultLwM2mDecoder decoder = new DefaultLwM2mDecoder();

    CompositeOperations(DeviceManagement management, Downlink downlink, Outcomes outcomes,
                        Predicate<Lwm2mFault> faults) {
        this.management = management;
        this.downlink = downlink;
        this.outcomes = outcomes;
        this.faults = faults;
    }

    /**
     * Read-Composite of {@code rawPaths} (comma-separated, e.g. {@code /3/0/14,/1/0/1}): one FETCH whose SenML
     * JSON payload lists the paths, with Accept {@code formatName} (senml-json or senml-cbor, default senml-cbor);
     * reports {@code {"ok":true,"code":"2.05","values":{"/3/0/14":"+01",…}}}.
     */
    ObjectNode read(String endpoint, String rawPaths, String formatName, long timeoutMillis) {
        Registration client = management.registration(endpoint);
        List<LwM2mPath> paths = paths(rawPaths);
        DataFormat format = composite(formatName);
        Map<LwM2mPath, LwM2mNode> nodes = new LinkedHashMap<>();
        ObjectNode body;
        if (faults.test(Lwm2mFault.COMPOSITE_READ_AS_GETS)) {
            body = null;
            for (LwM2mPath path : paths) {
                Request get = new Request(Code.GET);
                get.getOptions().setUriPath(path.toString().substring(1));
                get.getOptions().setAccept(format.contentFormat().getCode());
                ClientReply reply = downlink.send(client, get, timeoutMillis);
                body = outcomes.outcome(reply, "Read " + path, "2.05");
                if (!reply.success()) {
                    continue;
                }
                nodes.put(path, decode(() -> decoder.decode(reply.payload(), answerFormat(reply, format), null, path,
                        client.model()), path.toString(), reply));
            }
        } else {
            Request fetch = new Request(Code.FETCH);
            fetch.getOptions().setContentFormat(ContentFormat.SENML_JSON.getCode());
            fetch.getOptions().setAccept(format.contentFormat().getCode());
            fetch.setPayload(encoder.encodePaths(paths, ContentFormat.SENML_JSON, null));
            ClientReply reply = downlink.send(client, fetch, timeoutMillis);
            body = outcomes.outcome(reply, "Read-Composite " + paths, "2.05");
            if (reply.success()) {
                nodes.putAll(decode(() -> decoder.decodeNodes(reply.payload(), answerFormat(reply, format), null, paths,
                        client.model()), paths.toString(), reply));
            }
        }
        body.put("format", format.apiName());
        ObjectNode values = body.putObject("values");
        nodes.forEach((path, node) -> {
            if (node != null) {
                ObjectNode one = values.objectNode();
                NodeJson.put(one, node);
                values.set(path.toString(), one.elements().hasNext() ? one.elements().next() : one);
            }
        });
        return body;
    }

    /**
     * Write-Composite of {@code {"values": {"/3/0/14": "+01", "/1/0/1": 120}}}: one iPATCH on the root whose SenML
     * payload ({@code formatName}, default senml-json) carries every resource.
     */
    ObjectNode write(String endpoint, JsonNode body, String formatName, long timeoutMillis) {
        Registration client = management.registration(endpoint);
        JsonNode values = body == null ? null : body.get("values");
        if (values == null || !values.isObject() || values.isEmpty()) {
            throw new ApiError(400, "give a JSON body {\"values\": {\"/o/i/r\": value, …}} with at least one resource");
        }
        DataFormat format = DataFormat.parse(formatName, DataFormat.SENML_JSON);
        composite(format.apiName());
        Map<LwM2mPath, LwM2mNode> nodes = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = values.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            LwM2mPath path = management.path(strip(field.getKey()));
            if (!path.isResource()) {
                throw new ApiError(400, "a Write-Composite writes resources /o/i/r, not " + path);
            }
            nodes.put(path, NodeJson.toResource(path.getObjectId(), path.getResourceId(), field.getValue(),
                    client.model()));
        }
        if (faults.test(Lwm2mFault.COMPOSITE_WRITE_DROPS_RESOURCE) && nodes.size() > 1) {
            List<LwM2mPath> keys = new ArrayList<>(nodes.keySet());
            nodes.remove(keys.get(keys.size() - 1));
        }
        Request patch = new Request(Code.IPATCH);
        patch.getOptions().setContentFormat(format.contentFormat().getCode());
        try {
            patch.setPayload(encoder.encodeNodes(nodes, format.contentFormat(), null, client.model()));
        } catch (CodecException e) {
            throw new ApiError(400, "cannot encode the values as " + format.apiName() + ": " + e.getMessage());
        }
        return outcomes.outcome(downlink.send(client, patch, timeoutMillis), "Write-Composite " + nodes.keySet(),
                "2.04");
    }

    private List<LwM2mPath> paths(String rawPaths) {
        if (rawPaths == null || rawPaths.isBlank()) {
            throw new ApiError(400, "give the paths to read as paths=/3/0/14,/1/0/1");
        }
        List<LwM2mPath> paths = new ArrayList<>();
        for (String raw : rawPaths.split(",")) {
            paths.add(management.path(strip(raw.trim())));
        }
        return paths;
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static DataFormat composite(String formatName) {
        DataFormat format = DataFormat.parse(formatName, DataFormat.SENML_CBOR);
        if (format != DataFormat.SENML_JSON && format != DataFormat.SENML_CBOR) {
            throw new ApiError(400, "composite operations use senml-json or senml-cbor, not " + format.apiName());
        }
        return format;
    }

    private static ContentFormat answerFormat(ClientReply reply, DataFormat requested) {
        return reply.contentFormat() == MediaTypeRegistry.UNDEFINED ? requested.contentFormat()
                : ContentFormat.fromCode(reply.contentFormat());
    }

    private static <T> T decode(java.util.function.Supplier<T> decoding, String what, ClientReply reply) {
        try {
            return decoding.get();
        } catch (CodecException | IllegalArgumentException e) {
            throw new ApiError(502, "the client's answer for " + what + " cannot be decoded: " + e.getMessage(),
                    reply.codeText());
        }
    }
}
