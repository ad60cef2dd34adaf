package org.thingconform.protocol.lwm2m;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.observe.ObserveRelation;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.leshan.core.link.attributes.InvalidAttributeException;
import org.eclipse.leshan.core.link.lwm2m.attributes.DefaultLwM2mAttributeParser;
import org.eclipse.leshan.core.link.lwm2m.attributes.LwM2mAttribute;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObject;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.codec.CodecException;
import org.eclipse.leshan.core.request.ContentFormat;
import org.thingconform.thingmodel.lwm2m.RangeCheck;

/**
 * The client's object tree as one Californium resource that answers every path: the LwM2M
 * device-management and information-reporting interfaces (TS §6.3, §6.4) on CoAP methods.
 * GET is Read (Accept picks the format, see {@link Lwm2mCodec}) or, with Accept 40, Discover;
 * PUT is Write-replace, or Write-Attributes when it has query parameters and no payload; POST
 * is Create on an object, partial Write on an instance, Execute on a resource; DELETE deletes
 * an instance; FETCH on the root is Read-Composite, iPATCH on the root Write-Composite (SenML JSON or CBOR,
 * TS 6.3.8, 6.3.9). Observe relations are Californium's; {@link ObservationTimer} says when they
 * notify. Answers: 2.05, 2.04, 2.01 (Location-Path o/i), 2.02; 4.04 for what is not there, 4.05
 * for an operation the model forbids (write to read-only, execute on non-executable), 4.06 for
 * an Accept the client cannot produce for the node, 4.15 for a Content-Format it cannot
 * decode, 4.00 for a payload that does not decode, fits no model or writes a value outside
 * the resource's range, and 4.01 for any operation on the Security object (0), whose keys a
 * server must never see.
 */
final class ObjectTreeResource extends CoapResource {

    /** The Security object, which no server may see. */
    static final int SECURITY_OBJECT = 0;

    private final Lwm2mObjectTree tree;
    private final Lwm2mCodec codec;
    private final NotificationAttributes attributes;
    private final ObservationTimer observations;
    private final Map<LwM2mPath, Consumer<String>> executeActions = new ConcurrentHashMap<>();
    private final CompositeRequests composite;

    ObjectTreeResource(Lwm2mObjectTree tree, NotificationAttributes attributes, ObservationTimer observations) {
        super("lwm2m-object-tree", false);
        this.tree = tree;
        this.codec = new Lwm2mCodec(tree.model());
        this.attributes = attributes;
        this.observations = observations;
        this.composite = new CompositeRequests(this, tree, codec);
        setObservable(true);
    }

    /** Runs {@code action} with the Execute arguments (empty text if none) when the server executes {@code path}. */
    void onExecute(LwM2mPath path, Consumer<String> action) {
        executeActions.put(path, action);
    }

    @Override
    public void handleGET(CoapExchange exchange) {
        Optional<LwM2mPath> target = target(exchange);
        if (target.isEmpty()) {
            return;
        }
        LwM2mPath path = target.get();
        if (path.isRoot()) {
            exchange.respond(ResponseCode.METHOD_NOT_ALLOWED, "Read and Discover on / are not device management operations");
            return;
        }
        int accept = exchange.getRequestOptions().getAccept();
        boolean discover = accept == MediaTypeRegistry.APPLICATION_LINK_FORMAT;
        Optional<ResourceModel> resourceModel = resourceModel(path);
        if (!discover && resourceModel.isPresent() && !resourceModel.get().operations.isReadable()) {
            exchange.respond(ResponseCode.METHOD_NOT_ALLOWED, path + " (" + resourceModel.get().name + ") is not readable");
            return;
        }
        Optional<LwM2mNode> node = tree.read(path);
        if (node.isEmpty()) {
            exchange.respond(ResponseCode.NOT_FOUND, path + " is not in the object tree");
            return;
        }
        if (discover) {
            if (path.isResourceInstance()) {
                exchange.respond(ResponseCode.BAD_REQUEST, "Discover on a resource instance " + path);
                return;
            }
            exchange.respond(ResponseCode.CONTENT, ObjectLinks.discover(tree, attributes, path),
                    MediaTypeRegistry.APPLICATION_LINK_FORMAT);
            return;
        }
        read(exchange, path, readable(path, node.get()), accept);
    }

    private void read(CoapExchange exchange, LwM2mPath path, LwM2mNode node, int accept) {
        ContentFormat format;
        if (accept == MediaTypeRegistry.UNDEFINED) {
            format = Lwm2mCodec.defaultFormat(path, node);
        } else {
            Optional<ContentFormat> supported = codec.supported(accept);
            if (supported.isEmpty()) {
                exchange.respond(ResponseCode.NOT_ACCEPTABLE, "Accept " + accept + " is not a format this client writes");
                return;
            }
            format = supported.get();
        }
        byte[] payload;
        try {
            payload = codec.encode(node, format, path);
        } catch (CodecException e) {
            exchange.respond(ResponseCode.NOT_ACCEPTABLE, format.getName() + " cannot carry " + path);
            return;
        }
        exchange.respond(ResponseCode.CONTENT, payload, format.getCode());
        ObserveRelation relation = exchange.advanced().getRelation();
        if (relation != null && !relation.isCanceled()) {
            observations.sent(relation, path);
        }
    }

    @Override
    public void handlePUT(CoapExchange exchange) {
        Optional<LwM2mPath> target = target(exchange);
        if (target.isEmpty()) {
            return;
        }
        LwM2mPath path = target.get();
        boolean attributesOnly = exchange.getRequestPayloadSize() == 0
                && !exchange.getRequestOptions().getUriQuery().isEmpty();
        if (attributesOnly) {
            writeAttributes(exchange, path);
        } else if (path.isObjectInstance() || path.isResource()) {
            write(exchange, path, true);
        } else {
            exchange.respond(ResponseCode.METHOD_NOT_ALLOWED, "Write (PUT) addresses an instance or a resource, not "
                    + path);
        }
    }

    @Override
    public void handlePOST(CoapExchange exchange) {
        Optional<LwM2mPath> target = target(exchange);
        if (target.isEmpty()) {
            return;
        }
        LwM2mPath path = target.get();
        if (path.isObject()) {
            create(exchange, path);
        } else if (path.isObjectInstance()) {
            write(exchange, path, false);
        } else if (path.isResource()) {
            execute(exchange, path);
        } else {
            exchange.respond(ResponseCode.METHOD_NOT_ALLOWED, "POST is not defined on " + path);
        }
    }

    @Override
    public void handleDELETE(CoapExchange exchange) {
        Optional<LwM2mPath> target = target(exchange);
        if (target.isEmpty()) {
            return;
        }
        LwM2mPath path = target.get();
        if (!path.isObjectInstance()) {
            exchange.respond(ResponseCode.METHOD_NOT_ALLOWED, "Delete addresses an object instance, not " + path);
        } else if (tree.delete(path.getObjectId(), path.getObjectInstanceId())) {
            attributes.forget(path);
            exchange.respond(ResponseCode.DELETED);
        } else {
            exchange.respond(ResponseCode.NOT_FOUND, path + " is not in the object tree");
        }
    }

    /** Read-Composite: see {@link CompositeRequests#read}. */
    @Override
    public void handleFETCH(CoapExchange exchange) {
        composite.read(exchange);
    }

    /** Write-Composite: see {@link CompositeRequests#write}. */
    @Override
    public void handleIPATCH(CoapExchange exchange) {
        composite.write(exchange);
    }

    private void writeAttributes(CoapExchange exchange, LwM2mPath path) {
        if (path.isRoot() || tree.read(path).isEmpty() && !path.isResource()) {
            exchange.respond(ResponseCode.NOT_FOUND, path + " is not in the object tree");
            return;
        }
        Collection<LwM2mAttribute<?>> parsed;
        try {
            parsed = new DefaultLwM2mAttributeParser().parseQueryParams(exchange.getRequestOptions().getUriQuery());
        } catch (InvalidAttributeException | RuntimeException e) {
            exchange.respond(ResponseCode.BAD_REQUEST, "Write-Attributes query " + exchange.getRequestOptions()
                    .getUriQueryString() + " does not parse: " + e.getMessage());
            return;
        }
        ObjectModel objectModel = tree.objectModel(path.getObjectId());
        for (LwM2mAttribute<?> attribute : parsed) {
            String error = attribute.getModel().getApplicabilityError(path, objectModel);
            if (error != null || !attribute.isWritable()) {
                exchange.respond(ResponseCode.BAD_REQUEST, "attribute " + attribute.getName() + " cannot be written on "
                        + path + (error == null ? "" : ": " + error));
                return;
            }
        }
        attributes.write(path, parsed);
        exchange.respond(ResponseCode.CHANGED);
    }

    private void write(CoapExchange exchange, LwM2mPath path, boolean replace) {
        if (tree.read(path.toObjectInstancePath()).isEmpty()) {
            exchange.respond(ResponseCode.NOT_FOUND, path.toObjectInstancePath() + " is not in the object tree");
            return;
        }
        Optional<ContentFormat> format = payloadFormat(exchange);
        if (format.isEmpty()) {
            return;
        }
        List<LwM2mResource> resources;
        try {
            if (path.isResource()) {
                Optional<ResourceModel> model = resourceModel(path);
                if (model.isEmpty()) {
                    exchange.respond(ResponseCode.NOT_FOUND, path + " is not in the model of object " + path.getObjectId());
                    return;
                }
                if (!model.get().operations.isWritable()) {
                    exchange.respond(ResponseCode.METHOD_NOT_ALLOWED, path + " (" + model.get().name
                            + ") is not writable: operations " + model.get().operations);
                    return;
                }
                resources = List.of(codec.decode(exchange.getRequestPayload(), format.get(), path, LwM2mResource.class));
            } else {
                resources = new ArrayList<>(codec.decode(exchange.getRequestPayload(), format.get(), path,
                        LwM2mObjectInstance.class).getResources().values());
            }
        } catch (CodecException | IllegalArgumentException e) {
            exchange.respond(ResponseCode.BAD_REQUEST, "payload in " + format.get().getName() + " does not decode for "
                    + path + ": " + e.getMessage());
            return;
        }
        for (LwM2mResource resource : resources) {
            Optional<ResourceModel> model = resourceModel(path.toObjectInstancePath().append(resource.getId()));
            if (model.isEmpty()) {
                exchange.respond(ResponseCode.BAD_REQUEST, "resource " + resource.getId() + " is not in the model of object "
                        + path.getObjectId());
                return;
            }
            if (!model.get().operations.isWritable()) {
                exchange.respond(ResponseCode.METHOD_NOT_ALLOWED, path.toObjectInstancePath() + "/" + resource.getId()
                        + " (" + model.get().name + ") is not writable: operations " + model.get().operations);
                return;
            }
            Optional<String> outside = resource.isMultiInstances() ? Optional.empty()
                    : RangeCheck.outside(model.get().rangeEnumeration, resource.getValue());
            if (outside.isPresent()) {
                exchange.respond(ResponseCode.BAD_REQUEST, path.toObjectInstancePath() + "/" + resource.getId() + " ("
                        + model.get().name + "): " + outside.get());
                return;
            }
        }
        tree.write(path.getObjectId(), path.getObjectInstanceId(), resources, replace && path.isObjectInstance());
        exchange.respond(ResponseCode.CHANGED);
    }

    private void create(CoapExchange exchange, LwM2mPath path) {
        Optional<ContentFormat> format = payloadFormat(exchange);
        if (format.isEmpty()) {
            return;
        }
        LwM2mObjectInstance instance;
        try {
            instance = decodeNewInstance(exchange.getRequestPayload(), format.get(), path);
        } catch (CodecException | IllegalArgumentException e) {
            exchange.respond(ResponseCode.BAD_REQUEST, "Create payload in " + format.get().getName()
                    + " does not decode for " + path + ": " + e.getMessage());
            return;
        }
        ObjectModel objectModel = tree.objectModel(path.getObjectId());
        for (Integer id : instance.getResources().keySet()) {
            if (!objectModel.resources.containsKey(id)) {
                exchange.respond(ResponseCode.BAD_REQUEST, "resource " + id + " is not in the model of object "
                        + path.getObjectId());
                return;
            }
        }
        int instanceId = instance.getId() == LwM2mObjectInstance.UNDEFINED ? tree.freeInstanceId(path.getObjectId())
                : instance.getId();
        if (!tree.create(path.getObjectId(), instanceId, instance.getResources().values())) {
            exchange.respond(ResponseCode.BAD_REQUEST, "instance " + path + "/" + instanceId + " already exists");
            return;
        }
        exchange.setLocationPath(path.getObjectId() + "/" + instanceId);
        exchange.respond(ResponseCode.CREATED);
    }

    /** A Create payload: one instance, with or without its id (TLV may carry the resources bare). */
    private LwM2mObjectInstance decodeNewInstance(byte[] payload, ContentFormat format, LwM2mPath path) {
        try {
            LwM2mObject object = codec.decode(payload, format, path, LwM2mObject.class);
            if (object.getInstances().size() != 1) {
                throw new CodecException("expected one object instance, got " + object.getInstances().size());
            }
            return object.getInstances().values().iterator().next();
        } catch (CodecException e) {
            LwM2mPath undefined = path.append(tree.freeInstanceId(path.getObjectId()));
            LwM2mObjectInstance bare = codec.decode(payload, format, undefined, LwM2mObjectInstance.class);
            return new LwM2mObjectInstance(bare.getResources().values());
        }
    }

    private void execute(CoapExchange exchange, LwM2mPath path) {
        if (tree.read(path.toObjectInstancePath()).isEmpty()) {
            exchange.respond(ResponseCode.NOT_FOUND, path.toObjectInstancePath() + " is not in the object tree");
            return;
        }
        Optional<ResourceModel> model = resourceModel(path);
        if (model.isEmpty()) {
            exchange.respond(ResponseCode.NOT_FOUND, path + " is not in the model of object " + path.getObjectId());
            return;
        }
        if (!model.get().operations.isExecutable()) {
            exchange.respond(ResponseCode.METHOD_NOT_ALLOWED, path + " (" + model.get().name + ") is not executable: operations "
                    + model.get().operations);
            return;
        }
        String arguments = new String(exchange.getRequestPayload(), StandardCharsets.UTF_8);
        Optional.ofNullable(executeActions.get(path)).ifPresent(action -> action.accept(arguments));
        exchange.respond(ResponseCode.CHANGED);
    }

    /** The request's LwM2M path; answers 4.04 (not a path) or 4.01 (Security object) itself and gives empty. */
    private Optional<LwM2mPath> target(CoapExchange exchange) {
        List<String> segments = exchange.getRequestOptions().getUriPath();
        Optional<LwM2mPath> path = Lwm2mPaths.of(segments);
        if (path.isEmpty() || !path.get().isRoot() && !tree.objectIds().contains(path.get().getObjectId())) {
            exchange.respond(ResponseCode.NOT_FOUND, Lwm2mPaths.text(segments) + " is not an object of this client");
            return Optional.empty();
        }
        if (!path.get().isRoot() && path.get().getObjectId() == SECURITY_OBJECT) {
            exchange.respond(ResponseCode.UNAUTHORIZED, "the Security object is not accessible to a server");
            return Optional.empty();
        }
        return path;
    }

    /** The Content-Format of a write payload, if the client decodes it; answers 4.00 or 4.15 itself otherwise. */
    private Optional<ContentFormat> payloadFormat(CoapExchange exchange) {
        if (!exchange.getRequestOptions().hasContentFormat()) {
            exchange.respond(ResponseCode.BAD_REQUEST, "payload without Content-Format");
            return Optional.empty();
        }
        int code = exchange.getRequestOptions().getContentFormat();
        Optional<ContentFormat> format = codec.supported(code);
        if (format.isEmpty()) {
            exchange.respond(ResponseCode.UNSUPPORTED_CONTENT_FORMAT, "Content-Format " + code
                    + " is not one this client decodes");
        }
        return format;
    }

    /** The model of the resource {@code path} names, when it names a resource (or resource instance) the model has. */
    Optional<ResourceModel> resourceModel(LwM2mPath path) {
        if (!path.isResource() && !path.isResourceInstance()) {
            return Optional.empty();
        }
        return Optional.ofNullable(tree.objectModel(path.getObjectId()).resources.get(path.getResourceId()));
    }

    /** {@code node} without the resources a Read must not return (write-only ones) when it is an object or instance. */
    LwM2mNode readable(LwM2mPath path, LwM2mNode node) {
        ObjectModel model = tree.objectModel(path.getObjectId());
        if (node instanceof LwM2mObjectInstance instance) {
            return readableInstance(model, instance);
        }
        if (node instanceof LwM2mObject object) {
            return new LwM2mObject(object.getId(), object.getInstances().values().stream()
                    .map(i -> readableInstance(model, i)).toList());
        }
        return node;
    }

    private static LwM2mObjectInstance readableInstance(ObjectModel model, LwM2mObjectInstance instance) {
        return new LwM2mObjectInstance(instance.getId(), instance.getResources().values().stream()
                .filter(r -> model.resources.get(r.getId()) == null
                        || model.resources.get(r.getId()).operations.isReadable()).toList());
    }
}
