package org.thingconform.protocol.lwm2m;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.codec.CodecException;
import org.eclipse.leshan.core.request.ContentFormat;
import org.thingconform.thingmodel.lwm2m.RangeCheck;

/**
 * The composite operations a simulated client serves on its root path (TS 6.3.8, 6.3.9): Read-Composite (FETCH)
 * and Write-Composite (iPATCH), in SenML JSON or CBOR, with the same rules as the single-path operations of
 * {@link ObjectTreeResource}: the Security object refused, write-only resources not read, read-only ones and
 * values outside a resource's range not written.
 */
final class CompositeRequests {

    private static final Set<ContentFormat> COMPOSITE_FORMATS = Set.of(ContentFormat.SENML_JSON,
            ContentFormat.SENML_CBOR);

    private final ObjectTreeResource served;
    private final Lwm2mObjectTree tree;
    private final Lwm2mCodec codec;

    CompositeRequests(ObjectTreeResource served, Lwm2mObjectTree tree, Lwm2mCodec codec) {
        this.served = served;
        this.tree = tree;
        this.codec = codec;
    }

    /**
     * Read-Composite (TS 6.3.8): FETCH on the root with the paths as SenML JSON or CBOR; the answer holds, in the
     * Accept's format (the request's when there is none), every asked node the client has and may show, best
     * effort: a path it does not have is left out.
     */
    void read(CoapExchange exchange) {
        Optional<ContentFormat> requestFormat = compositeRequest(exchange, "Read-Composite (FETCH)");
        if (requestFormat.isEmpty()) {
            return;
        }
        int accept = exchange.getRequestOptions().getAccept();
        ContentFormat answerFormat = accept == MediaTypeRegistry.UNDEFINED ? requestFormat.get()
                : ContentFormat.fromCode(accept);
        if (!COMPOSITE_FORMATS.contains(answerFormat)) {
            exchange.respond(ResponseCode.NOT_ACCEPTABLE, "Accept " + accept + " is no composite format (110, 112)");
            return;
        }
        List<LwM2mPath> paths;
        try {
            paths = codec.decodePaths(exchange.getRequestPayload(), requestFormat.get());
        } catch (CodecException | IllegalArgumentException e) {
            exchange.respond(ResponseCode.BAD_REQUEST, "Read-Composite payload lists no paths: " + e.getMessage());
            return;
        }
        Map<LwM2mPath, LwM2mNode> nodes = new LinkedHashMap<>();
        for (LwM2mPath path : paths) {
            if (!path.isRoot() && path.getObjectId() == ObjectTreeResource.SECURITY_OBJECT) {
                exchange.respond(ResponseCode.UNAUTHORIZED, "the Security object is not accessible to a server");
                return;
            }
            Optional<ResourceModel> model = path.isRoot() || !tree.objectIds().contains(path.getObjectId())
                    ? Optional.empty() : served.resourceModel(path);
            if (model.isPresent() && !model.get().operations.isReadable()) {
                continue;
            }
            if (path.isRoot()) {
                tree.objectIds().stream().filter(id -> id != ObjectTreeResource.SECURITY_OBJECT).forEach(id -> tree.read(new LwM2mPath(id))
                        .ifPresent(node -> nodes.put(new LwM2mPath(id), served.readable(new LwM2mPath(id), node))));
            } else if (tree.objectIds().contains(path.getObjectId())) {
                tree.read(path).ifPresent(node -> nodes.put(path, served.readable(path, node)));
            }
        }
        try {
            exchange.respond(ResponseCode.CONTENT, codec.encodeNodes(nodes, answerFormat), answerFormat.getCode());
        } catch (CodecException e) {
            exchange.respond(ResponseCode.INTERNAL_SERVER_ERROR, answerFormat.getName() + " cannot carry " + paths
                    + ": " + e.getMessage());
        }
    }

    /**
     * Write-Composite (TS 6.3.9): iPATCH on the root with resources of several instances as SenML JSON or CBOR;
     * all or nothing: every resource must be in an instance the client has and writable, or none is written.
     */
    void write(CoapExchange exchange) {
        Optional<ContentFormat> format = compositeRequest(exchange, "Write-Composite (iPATCH)");
        if (format.isEmpty()) {
            return;
        }
        Map<LwM2mPath, LwM2mNode> nodes;
        try {
            nodes = codec.decodeNodes(exchange.getRequestPayload(), format.get());
        } catch (CodecException | IllegalArgumentException e) {
            exchange.respond(ResponseCode.BAD_REQUEST, "Write-Composite payload in " + format.get().getName()
                    + " does not decode: " + e.getMessage());
            return;
        }
        Map<LwM2mPath, List<LwM2mResource>> byInstance = new LinkedHashMap<>();
        for (Map.Entry<LwM2mPath, LwM2mNode> entry : nodes.entrySet()) {
            LwM2mPath path = entry.getKey();
            if (!path.isResource() || !(entry.getValue() instanceof LwM2mResource resource)) {
                exchange.respond(ResponseCode.BAD_REQUEST, "Write-Composite of " + path + ": this client writes "
                        + "resources (/o/i/r) only");
                return;
            }
            if (path.getObjectId() == ObjectTreeResource.SECURITY_OBJECT) {
                exchange.respond(ResponseCode.UNAUTHORIZED, "the Security object is not accessible to a server");
                return;
            }
            if (!tree.objectIds().contains(path.getObjectId()) || tree.read(path.toObjectInstancePath()).isEmpty()) {
                exchange.respond(ResponseCode.NOT_FOUND, path.toObjectInstancePath() + " is not in the object tree");
                return;
            }
            Optional<ResourceModel> model = served.resourceModel(path);
            if (model.isEmpty() || !model.get().operations.isWritable()) {
                exchange.respond(ResponseCode.METHOD_NOT_ALLOWED, path + " is not a writable resource");
                return;
            }
            Optional<String> outside = resource.isMultiInstances() ? Optional.empty()
                    : RangeCheck.outside(model.get().rangeEnumeration, resource.getValue());
            if (outside.isPresent()) {
                exchange.respond(ResponseCode.BAD_REQUEST, path + " (" + model.get().name + "): " + outside.get());
                return;
            }
            byInstance.computeIfAbsent(path.toObjectInstancePath(), p -> new ArrayList<>()).add(resource);
        }
        byInstance.forEach((instance, resources) -> tree.write(instance.getObjectId(), instance.getObjectInstanceId(),
                resources, false));
        exchange.respond(ResponseCode.CHANGED);
    }

    /** The SenML format of a composite request on the root; answers 4.04, 4.00 or 4.15 itself and gives empty. */
    private Optional<ContentFormat> compositeRequest(CoapExchange exchange, String operation) {
        if (!exchange.getRequestOptions().getUriPath().isEmpty()) {
            exchange.respond(ResponseCode.METHOD_NOT_ALLOWED, operation + " addresses the root path, not /"
                    + exchange.getRequestOptions().getUriPathString());
            return Optional.empty();
        }
        if (!exchange.getRequestOptions().hasContentFormat()) {
            exchange.respond(ResponseCode.BAD_REQUEST, operation + " payload without Content-Format");
            return Optional.empty();
        }
        ContentFormat format = ContentFormat.fromCode(exchange.getRequestOptions().getContentFormat());
        if (!COMPOSITE_FORMATS.contains(format)) {
            exchange.respond(ResponseCode.UNSUPPORTED_CONTENT_FORMAT, operation + " in Content-Format "
                    + format.getCode() + ": composite operations use SenML JSON (110) or SenML CBOR (112)");
            return Optional.empty();
        }
        return Optional.of(format);
    }
}
