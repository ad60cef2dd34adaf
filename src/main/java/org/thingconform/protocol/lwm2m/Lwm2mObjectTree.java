package org.thingconform.protocol.lwm2m;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.model.StaticModel;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObject;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;

/**
 * The simulated client's data: the objects it supports (one per Leshan {@link ObjectModel}
 * given), their instances and resource values, held as Leshan nodes. Tests and steps set
 * values here (a plain value per path, or whole instances); the server's operations read and
 * change them through {@link Lwm2mClient}. Every change is announced to the listeners with the
 * path that changed, which drives Observe notifications. Thread-safe.
 */
public final class Lwm2mObjectTree {

    private final StaticModel model;
    private final Map<Integer, TreeMap<Integer, TreeMap<Integer, LwM2mResource>>> objects = new TreeMap<>();
    private final List<Consumer<LwM2mPath>> listeners = new CopyOnWriteArrayList<>();

    /** A tree supporting one object per model, with no instances yet. */
    public Lwm2mObjectTree(Collection<ObjectModel> models) {
        this.model = new StaticModel(models);
        models.forEach(m -> objects.put(m.id, new TreeMap<>()));
    }

    /** The models of the supported objects, as Leshan's codecs take them. */
    public LwM2mModel model() {
        return model;
    }

    /**
     * Sets one resource, or one instance of a multiple resource ({@code /o/i/r/ri}), to a plain
     * Java value converted to the resource's model type; creates the object instance if needed.
     *
     * @throws IllegalArgumentException for a path outside the models or a value of the wrong type
     */
    public Lwm2mObjectTree set(String path, Object value) {
        LwM2mPath target = parse(path);
        if (!target.isResource() && !target.isResourceInstance()) {
            throw new IllegalArgumentException("path " + path + " is not a resource (/o/i/r) or resource instance"
                    + " (/o/i/r/ri)");
        }
        ResourceModel resourceModel = resourceModel(target);
        Object typed = ResourceValues.typed(resourceModel, value, path);
        synchronized (this) {
            TreeMap<Integer, LwM2mResource> resources = objects.get(target.getObjectId())
                    .computeIfAbsent(target.getObjectInstanceId(), i -> new TreeMap<>());
            LwM2mResource resource;
            if (target.isResourceInstance()) {
                Map<Integer, LwM2mResourceInstance> instances = new TreeMap<>();
                LwM2mResource existing = resources.get(target.getResourceId());
                if (existing != null && existing.isMultiInstances()) {
                    instances.putAll(existing.getInstances());
                }
                instances.put(target.getResourceInstanceId(), LwM2mResourceInstance.newInstance(
                        target.getResourceInstanceId(), typed, resourceModel.type));
                resource = new LwM2mMultipleResource(target.getResourceId(), resourceModel.type, instances.values());
            } else {
                resource = LwM2mSingleResource.newResource(target.getResourceId(), typed, resourceModel.type);
            }
            resources.put(target.getResourceId(), resource);
        }
        changed(target);
        return this;
    }

    /** Puts (or replaces) a whole object instance of object {@code objectId}. */
    public Lwm2mObjectTree put(int objectId, LwM2mObjectInstance instance) {
        objectModel(objectId);
        synchronized (this) {
            objects.get(objectId).put(instance.getId(), new TreeMap<>(instance.getResources()));
        }
        changed(path(objectId, instance.getId()));
        return this;
    }

    /** The node at {@code path} (object, instance, resource or resource instance), if present. */
    public synchronized Optional<LwM2mNode> read(LwM2mPath path) {
        if (path.isRoot() || !objects.containsKey(path.getObjectId())) {
            return Optional.empty();
        }
        TreeMap<Integer, TreeMap<Integer, LwM2mResource>> instances = objects.get(path.getObjectId());
        if (path.isObject()) {
            return Optional.of(new LwM2mObject(path.getObjectId(), instances.entrySet().stream()
                    .map(e -> new LwM2mObjectInstance(e.getKey(), e.getValue().values())).toList()));
        }
        TreeMap<Integer, LwM2mResource> resources = instances.get(path.getObjectInstanceId());
        if (resources == null) {
            return Optional.empty();
        }
        if (path.isObjectInstance()) {
            return Optional.of(new LwM2mObjectInstance(path.getObjectInstanceId(), resources.values()));
        }
        LwM2mResource resource = resources.get(path.getResourceId());
        if (resource == null || path.isResource()) {
            return Optional.ofNullable(resource);
        }
        return Optional.ofNullable(resource.isMultiInstances() ? resource.getInstance(path.getResourceInstanceId())
                : null);
    }

    /**
     * The value of the single-value resource at {@code path} ({@code /3/0/0}) as a plain Java value: a
     * {@link Long}, {@link Double}, {@link String}, {@link Boolean}, {@link java.time.Instant}, {@code byte[]},
     * or the text of an unsigned integer or object link; empty when there is none or it has several instances.
     */
    public Optional<Object> value(String path) {
        Optional<LwM2mNode> node = read(new LwM2mPath(path));
        if (node.isEmpty() || !(node.get() instanceof org.eclipse.leshan.core.node.LwM2mSingleResource single)) {
            return Optional.empty();
        }
        Object value = single.getValue();
        if (value instanceof java.util.Date date) {
            return Optional.of(date.toInstant());
        }
        if (value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean
                || value instanceof byte[]) {
            return Optional.of(value);
        }
        return Optional.of(String.valueOf(value));
    }

    /** The ids of the supported objects, ascending. */
    public synchronized List<Integer> objectIds() {
        return List.copyOf(objects.keySet());
    }

    /** The ids of the instances of object {@code objectId}, ascending; empty for an unsupported object. */
    public synchronized List<Integer> instanceIds(int objectId) {
        TreeMap<Integer, TreeMap<Integer, LwM2mResource>> instances = objects.get(objectId);
        return instances == null ? List.of() : List.copyOf(instances.keySet());
    }

    /** The model of object {@code objectId}. */
    public ObjectModel objectModel(int objectId) {
        ObjectModel objectModel = model.getObjectModel(objectId);
        if (objectModel == null) {
            throw new IllegalArgumentException("object " + objectId + " has no model; models given for objects "
                    + objects.keySet());
        }
        return objectModel;
    }

    /** Registers a listener told the path of every change (value set, instance created or deleted). */
    public void onChange(Consumer<LwM2mPath> listener) {
        listeners.add(listener);
    }

    /** Writes resources into an existing instance; {@code replace} also drops the writable ones not given. */
    void write(int objectId, int instanceId, Collection<LwM2mResource> resources, boolean replace) {
        synchronized (this) {
            TreeMap<Integer, LwM2mResource> current = objects.get(objectId).get(instanceId);
            if (replace) {
                ObjectModel objectModel = objectModel(objectId);
                current.keySet().removeIf(id -> objectModel.resources.get(id) != null
                        && objectModel.resources.get(id).operations.isWritable());
            }
            resources.forEach(r -> current.put(r.getId(), r));
        }
        changed(path(objectId, instanceId));
    }

    /** Creates an instance with the given id and resources; false if that id is taken. */
    boolean create(int objectId, int instanceId, Collection<LwM2mResource> resources) {
        synchronized (this) {
            TreeMap<Integer, TreeMap<Integer, LwM2mResource>> instances = objects.get(objectId);
            if (instances.containsKey(instanceId)) {
                return false;
            }
            TreeMap<Integer, LwM2mResource> created = new TreeMap<>();
            resources.forEach(r -> created.put(r.getId(), r));
            instances.put(instanceId, created);
        }
        changed(path(objectId, instanceId));
        return true;
    }

    /** The lowest instance id of {@code objectId} not in use. */
    synchronized int freeInstanceId(int objectId) {
        int id = 0;
        while (objects.get(objectId).containsKey(id)) {
            id++;
        }
        return id;
    }

    /** Deletes an instance; false if it did not exist. */
    boolean delete(int objectId, int instanceId) {
        boolean removed;
        synchronized (this) {
            removed = objects.get(objectId).remove(instanceId) != null;
        }
        if (removed) {
            changed(path(objectId, instanceId));
        }
        return removed;
    }

    private void changed(LwM2mPath path) {
        listeners.forEach(l -> l.accept(path));
    }

    private ResourceModel resourceModel(LwM2mPath path) {
        ResourceModel resourceModel = objectModel(path.getObjectId()).resources.get(path.getResourceId());
        if (resourceModel == null) {
            throw new IllegalArgumentException("resource " + path + " is not in the model of object "
                    + path.getObjectId() + " (" + objectModel(path.getObjectId()).name + ")");
        }
        if (path.isResourceInstance() != Boolean.TRUE.equals(resourceModel.multiple)) {
            throw new IllegalArgumentException("resource " + path + " (" + resourceModel.name + ") is "
                    + (Boolean.TRUE.equals(resourceModel.multiple) ? "multiple: address an instance /o/i/r/ri"
                    : "single: address it as /o/i/r"));
        }
        return resourceModel;
    }

    private static LwM2mPath parse(String path) {
        try {
            return new LwM2mPath(path);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + path + "' is not an LwM2M path such as /3/0/1: "
                    + e.getMessage(), e);
        }
    }

    private static LwM2mPath path(int objectId, int instanceId) {
        return new LwM2mPath(objectId, instanceId);
    }
}
