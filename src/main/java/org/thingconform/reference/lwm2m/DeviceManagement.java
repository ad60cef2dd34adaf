package org.thingconform.reference.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.californium.core.coap.CoAP.Code;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.link.LinkParseException;
import org.eclipse.leshan.core.link.attributes.Attribute;
import org.eclipse.leshan.core.link.lwm2m.DefaultLwM2mLinkParser;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.node.InvalidLwM2mPathException;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.codec.CodecException;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mEncoder;

/**
 * The server's Device Management and Information Reporting operations on one registered client
 * (LwM2M 1.1 §6.3, §6.4): each builds the CoAP request LwM2M prescribes, sends it to the client's
 * registered address and reports the client's answer. The Security object is refused here, never sent.
 */
final class DeviceManagement {

    private static final Set<String> NOTIFICATION_ATTRIBUTES =
            Set.of("pmin", "pmax", "gt", "lt", "st", "epmin", "epmax");

    private final Registrations registrations;
    private final Downlink downlink;
    private final Observations observations;
    private final Outcomes outcomes;
    private final Predicate<Lwm2mFault> faults;
    private final DefaultLwM2mEncoder encoder = new DefaultLwM2mEncoder();
    private final DefaultLwM2mLinkParser linkParser = new DefaultLwM2mLinkParser();

    DeviceManagement(Registrations registrations, Downlink downlink, Observations observations, Outcomes outcomes,
                     Predicate<Lwm2mFault> faults) {
        this.registrations = registrations;
        this.downlink = downlink;
        this.observations = observations;
        this.outcomes = outcomes;
        this.faults = faults;
    }

    /** The registration of {@code endpoint}, or a 404 naming it. */
    Registration registration(String endpoint) {
        return registrations.byEndpoint(endpoint)
                .orElseThrow(() -> new ApiError(404, "no client registered as '" + endpoint + "'"));
    }

    ObjectNode read(String endpoint, String rawPath, String formatName, long timeoutMillis) {
        Registration client = registration(endpoint);
        LwM2mPath path = path(rawPath);
        DataFormat format = DataFormat.parse(formatName, defaultFormat(client, path));
        Request request = request(Code.GET, path);
        if (!faults.test(Lwm2mFault.READ_IGNORES_FORMAT)) {
            request.getOptions().setAccept(format.contentFormat().getCode());
        }
        ClientReply reply = downlink.send(client, request, timeoutMillis);
        ObjectNode body = outcomes.outcome(reply, "Read " + path, "2.05");
        outcomes.addContent(body, reply, path, client.model(), format);
        return body;
    }

    ObjectNode write(String endpoint, String rawPath, String formatName, String mode, JsonNode body,
                     long timeoutMillis) {
        Registration client = registration(endpoint);
        LwM2mPath path = path(rawPath);
        boolean replace = switch (mode == null ? "replace" : mode) {
            case "replace" -> true;
            case "update" -> false;
            default -> throw new ApiError(400, "mode must be replace or update, not '" + mode + "'");
        };
        LwM2mNode node = node(client, path, body);
        DataFormat format = DataFormat.parse(formatName, defaultFormat(client, path));
        boolean put = replace ? !faults.test(Lwm2mFault.REPLACE_AS_POST) : faults.test(Lwm2mFault.UPDATE_AS_PUT);
        Request request = request(put ? Code.PUT : Code.POST, path);
        request.getOptions().setContentFormat(format.contentFormat().getCode());
        request.setPayload(encode(node, format, path, client));
        return outcomes.outcome(downlink.send(client, request, timeoutMillis),
                "Write (" + (replace ? "replace" : "update") + ") " + path, "2.04");
    }

    ObjectNode execute(String endpoint, String rawPath, String args, long timeoutMillis) {
        Registration client = registration(endpoint);
        LwM2mPath path = path(rawPath);
        if (!path.isResource()) {
            throw new ApiError(400, "Execute needs a resource path /o/i/r, not " + path);
        }
        Request request = request(faults.test(Lwm2mFault.EXECUTE_AS_PUT) ? Code.PUT : Code.POST, path);
        if (args != null && !args.isEmpty()) {
            request.getOptions().setContentFormat(MediaTypeRegistry.TEXT_PLAIN);
            request.setPayload(args);
        }
        return outcomes.outcome(downlink.send(client, request, timeoutMillis), "Execute " + path, "2.04");
    }

    ObjectNode create(String endpoint, String objectId, JsonNode body, String formatName, long timeoutMillis) {
        Registration client = registration(endpoint);
        LwM2mPath path = path(objectId);
        if (!path.isObject()) {
            throw new ApiError(400, "Create needs an object id, not " + path);
        }
        JsonNode instanceId = body == null ? null : body.get("instanceId");
        if (instanceId != null && !instanceId.canConvertToInt()) {
            throw new ApiError(400, "instanceId must be an integer");
        }
        int id = instanceId == null ? LwM2mObjectInstance.UNDEFINED : instanceId.intValue();
        LwM2mObjectInstance instance = NodeJson.toInstance(path.getObjectId(), id,
                body == null ? null : body.get("resources"), client.model());
        if (faults.test(Lwm2mFault.CREATE_DROPS_RESOURCES)) {
            instance = new LwM2mObjectInstance(id, List.of());
        }
        DataFormat format = DataFormat.parse(formatName, DataFormat.TLV);
        Request request = request(Code.POST, path);
        request.getOptions().setContentFormat(format.contentFormat().getCode());
        request.setPayload(encode(instance, format, path, client));
        ClientReply reply = downlink.send(client, request, timeoutMillis);
        ObjectNode result = outcomes.outcome(reply, "Create in " + path, "2.01");
        List<String> location = reply.locationPath();
        if (!location.isEmpty()) {
            result.put("location", "/" + String.join("/", location));
        }
        if (id != LwM2mObjectInstance.UNDEFINED) {
            result.put("instanceId", id);
        } else if (!location.isEmpty() && location.get(location.size() - 1).matches("\\d+")) {
            result.put("instanceId", Integer.parseInt(location.get(location.size() - 1)));
        }
        return result;
    }

    ObjectNode delete(String endpoint, String objectId, String instanceId, long timeoutMillis) {
        Registration client = registration(endpoint);
        LwM2mPath path = path(objectId + "/" + instanceId);
        if (!path.isObjectInstance()) {
            throw new ApiError(400, "Delete needs an object instance /o/i, not " + path);
        }
        LwM2mPath target = faults.test(Lwm2mFault.DELETE_WHOLE_OBJECT) ? path.toObjectPath() : path;
        return outcomes.outcome(downlink.send(client, request(Code.DELETE, target), timeoutMillis),
                "Delete " + path, "2.02");
    }

    ObjectNode discover(String endpoint, String rawPath, long timeoutMillis) {
        Registration client = registration(endpoint);
        LwM2mPath path = path(rawPath);
        Request request = request(Code.GET, path);
        request.getOptions().setAccept(MediaTypeRegistry.APPLICATION_LINK_FORMAT);
        ClientReply reply = downlink.send(client, request, timeoutMillis);
        ObjectNode body = outcomes.outcome(reply, "Discover " + path, "2.05");
        if (!reply.success()) {
            return body;
        }
        Link[] links;
        try {
            links = linkParser.parseCoreLinkFormat(reply.payload());
        } catch (LinkParseException e) {
            throw new ApiError(502, "the client's Discover answer is no CoRE link format: " + e.getMessage(),
                    reply.codeText());
        }
        ArrayNode array = body.putArray("links");
        boolean drop = faults.test(Lwm2mFault.DISCOVER_DROPS_ATTRIBUTES);
        for (Link link : links) {
            ObjectNode entry = array.addObject();
            entry.put("path", link.getUriReference());
            ObjectNode attributes = entry.putObject("attributes");
            if (!drop) {
                for (Attribute attribute : link.getAttributes()) {
                    attributes.put(attribute.getName(), attribute.hasValue() ? attribute.getCoreLinkValue() : null);
                }
            }
            entry.put("link", drop ? "<" + link.getUriReference() + ">" : link.toCoreLinkFormat());
        }
        return body;
    }

    ObjectNode writeAttributes(String endpoint, String rawPath, Map<String, String> attributes, long timeoutMillis) {
        Registration client = registration(endpoint);
        LwM2mPath path = path(rawPath);
        List<String> query = new ArrayList<>();
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            if (!NOTIFICATION_ATTRIBUTES.contains(attribute.getKey())) {
                continue;
            }
            try {
                new BigDecimal(attribute.getValue());
            } catch (NumberFormatException e) {
                throw new ApiError(400, "attribute " + attribute.getKey() + "=" + attribute.getValue()
                        + " is not a number");
            }
            query.add(attribute.getKey() + "=" + attribute.getValue());
        }
        if (query.isEmpty()) {
            throw new ApiError(400, "give at least one of " + NOTIFICATION_ATTRIBUTES + " as a query parameter");
        }
        Request request = request(Code.PUT, path);
        if (faults.test(Lwm2mFault.ATTRIBUTES_IN_PAYLOAD)) {
            request.getOptions().setContentFormat(MediaTypeRegistry.TEXT_PLAIN);
            request.setPayload(String.join("&", query));
        } else {
            query.forEach(request.getOptions()::addUriQuery);
        }
        return outcomes.outcome(downlink.send(client, request, timeoutMillis), "Write-Attributes " + path, "2.04");
    }

    ObjectNode observe(String endpoint, String rawPath, String formatName, long timeoutMillis) {
        Registration client = registration(endpoint);
        LwM2mPath path = path(rawPath);
        DataFormat format = DataFormat.parse(formatName, defaultFormat(client, path));
        Request request = request(Code.GET, path);
        request.getOptions().setAccept(format.contentFormat().getCode());
        if (!faults.test(Lwm2mFault.OBSERVE_WITHOUT_OPTION)) {
            request.setObserve();
        }
        ClientReply reply = downlink.send(client, request, timeoutMillis);
        ObjectNode body = outcomes.outcome(reply, "Observe " + path, "2.05");
        String id = request.getToken().getAsString();
        observations.add(new Observation(id, request.getToken(), client.id(), client.endpoint(), path, format));
        body.put("observationId", id);
        body.put("observing", reply.observing());
        outcomes.addContent(body, reply, path, client.model(), format);
        return body;
    }

    ObjectNode cancel(String endpoint, String rawPath, String mode, long timeoutMillis) {
        Registration client = registration(endpoint);
        LwM2mPath path = path(rawPath);
        boolean active = switch (mode == null ? "passive" : mode) {
            case "active" -> true;
            case "passive" -> false;
            default -> throw new ApiError(400, "mode must be active or passive, not '" + mode + "'");
        };
        List<Observation> found = observations.of(client.id(), path.toString());
        if (found.isEmpty()) {
            throw new ApiError(404, "no observation of " + path + " on '" + endpoint + "'");
        }
        ObjectNode body = null;
        for (Observation observation : found) {
            if (active && !faults.test(Lwm2mFault.CANCEL_SILENTLY)) {
                observations.forget(observation);
                Request request = request(Code.GET, path);
                request.setToken(observation.token());
                request.setObserveCancel();
                request.getOptions().setAccept(observation.format().contentFormat().getCode());
                body = outcomes.outcome(downlink.send(client, request, timeoutMillis), "Cancel Observation " + path,
                        "2.05");
            } else if (active || !faults.test(Lwm2mFault.CANCEL_KEEPS_NOTIFYING)) {
                observations.forget(observation);
            }
        }
        if (body == null) {
            body = JsonNodeFactory.instance.objectNode();
            body.put("ok", true);
        }
        body.put("mode", active ? "active" : "passive");
        return body;
    }

    private LwM2mNode node(Registration client, LwM2mPath path, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiError(400, "give a JSON body {\"value\": ...} or {\"resources\": {...}}");
        }
        if (path.isResource()) {
            if (!body.has("value")) {
                throw new ApiError(400, "a Write of resource " + path + " needs {\"value\": ...}");
            }
            JsonNode value = body.get("value");
            if (faults.test(Lwm2mFault.WRITE_COERCES_VALUES)) {
                value = CoercedValues.coerce(value, client.model().getResourceModel(path.getObjectId(),
                        path.getResourceId()));
            }
            return NodeJson.toResource(path.getObjectId(), path.getResourceId(), value, client.model());
        }
        if (path.isObjectInstance()) {
            return NodeJson.toInstance(path.getObjectId(), path.getObjectInstanceId(), body.get("resources"),
                    client.model());
        }
        throw new ApiError(400, "a Write needs an object instance /o/i or a resource /o/i/r, not " + path);
    }

    private byte[] encode(LwM2mNode node, DataFormat format, LwM2mPath path, Registration client) {
        try {
            return encoder.encode(node, format.contentFormat(), null, path, client.model());
        } catch (CodecException e) {
            throw new ApiError(400, "cannot encode the value for " + path + " as " + format.apiName() + ": "
                    + e.getMessage());
        }
    }

    /** TEXT for a single resource, TLV for anything larger. */
    private static DataFormat defaultFormat(Registration client, LwM2mPath path) {
        if (path.isResourceInstance()) {
            return DataFormat.TEXT;
        }
        if (path.isResource()) {
            ResourceModel model = client.model().getResourceModel(path.getObjectId(), path.getResourceId());
            return model != null && Boolean.TRUE.equals(model.multiple) ? DataFormat.TLV
                    : model != null && model.type == ResourceModel.Type.OPAQUE ? DataFormat.OPAQUE : DataFormat.TEXT;
        }
        return DataFormat.TLV;
    }

    private Request request(Code code, LwM2mPath path) {
        Request request = new Request(code);
        request.getOptions().setUriPath(path.toString().substring(1));
        return request;
    }

    /** {@code rawPath} as an LwM2M path; the Security object is refused unless a fault lets it through. */
    LwM2mPath path(String rawPath) {
        LwM2mPath path;
        try {
            path = new LwM2mPath("/" + rawPath);
        } catch (InvalidLwM2mPathException | IllegalArgumentException e) {
            throw new ApiError(400, "'" + rawPath + "' is not an LwM2M path like 3/0/1: " + e.getMessage());
        }
        if (path.isRoot()) {
            throw new ApiError(400, "an operation needs an object, instance or resource path, not the root");
        }
        if (path.getObjectId() == 0 && !faults.test(Lwm2mFault.EXPOSE_SECURITY_OBJECT)) {
            throw new ApiError(403, "the Security object (0) is not accessible through device management");
        }
        return path;
    }
}
