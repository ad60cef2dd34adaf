package org.thingconform.reference.lwm2m;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.CoAP.Type;
import org.eclipse.californium.core.coap.EmptyMessage;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.core.network.interceptors.MessageInterceptorAdapter;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.leshan.core.link.DefaultLinkParser;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObject;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.node.codec.CodecException;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mDecoder;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mEncoder;
import org.eclipse.leshan.core.request.ContentFormat;
import org.thingconform.protocol.coap.CoapConfiguration;

/**
 * A small LwM2M client made of plain Californium for the server's tests: one CoAP endpoint that sends
 * Register/Update/De-register and serves the Security (0), Device (3) and Temperature (3303) objects
 * with Leshan's codecs, writable and observable, recording every request and empty message it gets.
 */
final class TestLwm2mClient implements AutoCloseable {

    static final String OBJECT_LINKS = "</>;rt=\"oma.lwm2m\";ct=11543,</1/0>,</3>;ver=1.1,</3/0>,</3303/0>";
    private static final long WAIT_MILLIS = 5000;

    private final CoapServer server;
    private final CoapEndpoint endpoint;
    private final InetSocketAddress lwm2mServer;
    private final LwM2mModel model;
    private final DefaultLwM2mEncoder encoder = new DefaultLwM2mEncoder();
    private final DefaultLwM2mDecoder decoder = new DefaultLwM2mDecoder();
    /** object id -> instance id -> resource id -> value */
    private final Map<Integer, Map<Integer, Map<Integer, Object>>> values = new ConcurrentHashMap<>();
    private final Map<String, String> attributes = new ConcurrentHashMap<>();
    private final Map<String, NodeResource> resources = new ConcurrentHashMap<>();
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<EmptyMessage> emptyMessages = new LinkedBlockingQueue<>();
    final BlockingQueue<String> executed = new LinkedBlockingQueue<>();

    TestLwm2mClient(InetSocketAddress lwm2mServer) {
        this.lwm2mServer = lwm2mServer;
        this.model = ObjectModels.load(Lwm2mServerPart.PROJECT_MODELS).forLinks(links(OBJECT_LINKS));
        endpoint = new CoapEndpoint.Builder()
                .setInetSocketAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .setConfiguration(CoapConfiguration.standard()).build();
        endpoint.addInterceptor(new MessageInterceptorAdapter() {
            @Override
            public void receiveRequest(Request request) {
                received.add(request);
            }

            @Override
            public void receiveEmptyMessage(EmptyMessage message) {
                emptyMessages.add(message);
            }
        });
        server = new CoapServer(CoapConfiguration.standard());
        server.addEndpoint(endpoint);
        put(0, 0, Map.of(0, "coap://127.0.0.1:5683", 1, false, 2, 3L));
        put(3, 0, Map.of(0, "ThingConform", 1, "TC-1", 9, 87L, 14, "+01:00", 15, "Europe/Berlin", 16, "U"));
        put(3303, 0, Map.of(5700, 21.5, 5701, "Cel"));
        server.start();
    }

    private static List<org.eclipse.leshan.core.link.Link> links(String text) {
        try {
            return List.of(new DefaultLinkParser().parseCoreLinkFormat(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets instance {@code instanceId}'s values and serves it (adding its CoAP resources when new). */
    void put(int objectId, int instanceId, Map<Integer, Object> instanceValues) {
        Map<Integer, Object> instance = values.computeIfAbsent(objectId, o -> new ConcurrentHashMap<>())
                .computeIfAbsent(instanceId, i -> new ConcurrentHashMap<>());
        instance.putAll(instanceValues);
        NodeResource object = resources.computeIfAbsent("/" + objectId, p -> {
            NodeResource created = new NodeResource(new LwM2mPath(objectId));
            server.add(created);
            return created;
        });
        NodeResource inst = resources.computeIfAbsent("/" + objectId + "/" + instanceId, p -> {
            NodeResource created = new NodeResource(new LwM2mPath(objectId, instanceId));
            object.add(created);
            return created;
        });
        for (Integer resourceId : objectId == 3 ? List.of(0, 1, 4, 9, 14, 15, 16) : List.copyOf(instance.keySet())) {
            resources.computeIfAbsent("/" + objectId + "/" + instanceId + "/" + resourceId, p -> {
                NodeResource created = new NodeResource(new LwM2mPath(objectId, instanceId, resourceId));
                inst.add(created);
                return created;
            });
        }
    }

    Object value(int objectId, int instanceId, int resourceId) {
        Map<Integer, Map<Integer, Object>> object = values.getOrDefault(objectId, Map.of());
        return object.getOrDefault(instanceId, Map.of()).get(resourceId);
    }

    boolean hasInstance(int objectId, int instanceId) {
        return values.getOrDefault(objectId, Map.of()).containsKey(instanceId);
    }

    /** Changes a value and notifies the resource's (and its parents') observers. */
    void change(int objectId, int instanceId, int resourceId, Object value) {
        values.get(objectId).get(instanceId).put(resourceId, value);
        resources.get("/" + objectId + "/" + instanceId + "/" + resourceId).changed();
    }

    // --- the client's requests to the server ---

    Response register(String query, String links) {
        Request request = Request.newPost();
        request.setURI("coap://" + lwm2mServer.getAddress().getHostAddress() + ":" + lwm2mServer.getPort() + "/rd"
                + (query.isEmpty() ? "" : "?" + query));
        if (links != null) {
            request.getOptions().setContentFormat(MediaTypeRegistry.APPLICATION_LINK_FORMAT);
            request.setPayload(links);
        }
        return send(request);
    }

    Response register(String endpointName, long lifetime) {
        return register("ep=" + endpointName + "&lt=" + lifetime + "&lwm2m=1.1&b=U", OBJECT_LINKS);
    }

    Response update(String location, String query, String links) {
        Request request = Request.newPost();
        request.setURI("coap://" + lwm2mServer.getAddress().getHostAddress() + ":" + lwm2mServer.getPort() + location
                + (query.isEmpty() ? "" : "?" + query));
        if (links != null) {
            request.getOptions().setContentFormat(MediaTypeRegistry.APPLICATION_LINK_FORMAT);
            request.setPayload(links);
        }
        return send(request);
    }

    Response deregister(String location) {
        Request request = Request.newDelete();
        request.setURI("coap://" + lwm2mServer.getAddress().getHostAddress() + ":" + lwm2mServer.getPort() + location);
        return send(request);
    }

    private Response send(Request request) {
        endpoint.sendRequest(request);
        try {
            Response response = request.waitForResponse(WAIT_MILLIS);
            if (response == null) {
                throw new AssertionError("the LwM2M server did not answer " + request);
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // --- what the client received ---

    /** The next request the client received that matches, waiting for it; fails after the wait. */
    Request nextRequest(Predicate<Request> matching) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (true) {
            Request request = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (request == null) {
                throw new AssertionError("the client received no matching request within " + WAIT_MILLIS + " ms");
            }
            if (matching.test(request)) {
                return request;
            }
        }
    }

    /** The next empty message (ACK or RST) the client received, waiting for it. */
    EmptyMessage nextEmptyMessage() throws InterruptedException {
        EmptyMessage message = emptyMessages.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("the client received no empty message within " + WAIT_MILLIS + " ms");
        }
        return message;
    }

    static String path(Request request) {
        return "/" + request.getOptions().getUriPathString();
    }

    @Override
    public void close() {
        server.destroy();
    }

    /** One object, instance or resource of the client, on CoAP. */
    private final class NodeResource extends CoapResource {

        private final LwM2mPath path;

        NodeResource(LwM2mPath path) {
            super(path.isObject() ? path.getObjectId().toString() : path.isObjectInstance()
                    ? path.getObjectInstanceId().toString() : path.getResourceId().toString());
            this.path = path;
            setObservable(true);
            setObserveType(Type.CON);
        }

        @Override
        public void handleGET(CoapExchange exchange) {
            int accept = exchange.getRequestOptions().getAccept();
            if (accept == MediaTypeRegistry.APPLICATION_LINK_FORMAT) {
                exchange.respond(ResponseCode.CONTENT, discover(), MediaTypeRegistry.APPLICATION_LINK_FORMAT);
                return;
            }
            if (path.isResource() && !model.getResourceModel(path.getObjectId(), path.getResourceId())
                    .operations.isReadable()) {
                exchange.respond(ResponseCode.METHOD_NOT_ALLOWED);
                return;
            }
            ContentFormat format = accept == MediaTypeRegistry.UNDEFINED
                    ? (path.isResource() ? ContentFormat.TEXT : ContentFormat.TLV) : ContentFormat.fromCode(accept);
            try {
                exchange.respond(ResponseCode.CONTENT, encoder.encode(node(), format, null, path, model),
                        format.getCode());
            } catch (CodecException e) {
                exchange.respond(ResponseCode.NOT_ACCEPTABLE, e.getMessage());
            }
        }

        @Override
        public void handlePUT(CoapExchange exchange) {
            if (exchange.getRequestPayloadSize() == 0 && !exchange.getRequestOptions().getUriQuery().isEmpty()) {
                attributes.put(path.toString(), String.join(";", exchange.getRequestOptions().getUriQuery()));
                exchange.respond(ResponseCode.CHANGED);
                return;
            }
            write(exchange);
        }

        @Override
        public void handlePOST(CoapExchange exchange) {
            if (path.isObject()) {
                create(exchange);
            } else if (path.isResource() && model.getResourceModel(path.getObjectId(), path.getResourceId())
                    .operations.isExecutable()) {
                executed.add(exchange.getRequestText());
                exchange.respond(ResponseCode.CHANGED);
            } else {
                write(exchange);
            }
        }

        @Override
        public void handleDELETE(CoapExchange exchange) {
            if (!path.isObjectInstance()) {
                exchange.respond(ResponseCode.METHOD_NOT_ALLOWED);
                return;
            }
            values.get(path.getObjectId()).remove(path.getObjectInstanceId());
            resources.keySet().removeIf(p -> p.startsWith(path + "/") || p.equals(path.toString()));
            delete();
            exchange.respond(ResponseCode.DELETED);
        }

        private void write(CoapExchange exchange) {
            try {
                LwM2mNode node = decoder.decode(exchange.getRequestPayload(),
                        ContentFormat.fromCode(exchange.getRequestOptions().getContentFormat()), null, path, model);
                List<LwM2mResource> written = node instanceof LwM2mObjectInstance instance
                        ? List.copyOf(instance.getResources().values()) : List.of((LwM2mResource) node);
                for (LwM2mResource resource : written) {
                    if (!model.getResourceModel(path.getObjectId(), resource.getId()).operations.isWritable()) {
                        exchange.respond(ResponseCode.METHOD_NOT_ALLOWED, "resource " + resource.getId()
                                + " is not writable");
                        return;
                    }
                }
                written.forEach(r -> values.get(path.getObjectId()).get(path.getObjectInstanceId())
                        .put(r.getId(), r.getValue()));
                exchange.respond(ResponseCode.CHANGED);
            } catch (RuntimeException e) {
                exchange.respond(ResponseCode.BAD_REQUEST, String.valueOf(e.getMessage()));
            }
        }

        private void create(CoapExchange exchange) {
            try {
                LwM2mObject object = decoder.decode(exchange.getRequestPayload(),
                        ContentFormat.fromCode(exchange.getRequestOptions().getContentFormat()), null, path, model,
                        LwM2mObject.class);
                LwM2mObjectInstance instance = object.getInstances().values().iterator().next();
                Map<Integer, Object> created = new TreeMap<>();
                instance.getResources().forEach((id, resource) -> created.put(id, resource.getValue()));
                put(path.getObjectId(), instance.getId(), created);
                exchange.setLocationPath(path.getObjectId() + "/" + instance.getId());
                exchange.respond(ResponseCode.CREATED);
            } catch (RuntimeException e) {
                exchange.respond(ResponseCode.BAD_REQUEST, String.valueOf(e.getMessage()));
            }
        }

        private String discover() {
            StringBuilder links = new StringBuilder("<" + path + ">");
            resources.keySet().stream().filter(p -> p.startsWith(path + "/")).sorted().forEach(p -> {
                links.append(",<").append(p).append(">");
                String attached = attributes.get(p);
                if (attached != null) {
                    links.append(";").append(attached);
                }
            });
            return links.toString();
        }

        private LwM2mNode node() {
            Map<Integer, Map<Integer, Object>> object = values.get(path.getObjectId());
            if (path.isObject()) {
                List<LwM2mObjectInstance> instances = new ArrayList<>();
                object.forEach((id, v) -> instances.add(instance(id, v)));
                return new LwM2mObject(path.getObjectId(), instances);
            }
            Map<Integer, Object> instance = object.get(path.getObjectInstanceId());
            return path.isObjectInstance() ? instance(path.getObjectInstanceId(), instance)
                    : resource(path.getResourceId(), instance.get(path.getResourceId()));
        }

        private LwM2mObjectInstance instance(int id, Map<Integer, Object> instance) {
            List<LwM2mResource> list = new ArrayList<>();
            new TreeMap<>(instance).forEach((resourceId, value) -> list.add(resource(resourceId, value)));
            return new LwM2mObjectInstance(id, list);
        }

        private LwM2mResource resource(int resourceId, Object value) {
            return LwM2mSingleResource.newResource(resourceId, value,
                    model.getResourceModel(path.getObjectId(), resourceId).type);
        }
    }
}
