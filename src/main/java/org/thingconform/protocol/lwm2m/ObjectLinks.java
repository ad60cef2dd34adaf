package org.thingconform.protocol.lwm2m;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.leshan.core.LwM2m;
import org.eclipse.leshan.core.link.DefaultLinkSerializer;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.link.LinkSerializer;
import org.eclipse.leshan.core.link.attributes.Attribute;
import org.eclipse.leshan.core.link.attributes.ResourceTypeAttribute;
import org.eclipse.leshan.core.link.lwm2m.attributes.LwM2mAttributes;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;

/**
 * The CoRE link lists (Content-Format 40) the client writes, serialised by Leshan: the
 * Register/Update object list ({@code </>;rt="oma.lwm2m",</3>;ver=1.1,</3/0>,…}, Security and
 * OSCORE left out as TS §6.2.1 requires) and the Discover answer with the attributes the
 * server wrote so far and {@code dim} for multiple resources.
 */
final class ObjectLinks {

    /** Objects the registration list must not carry: Security (0) and OSCORE (21). */
    static final Set<Integer> NOT_REGISTERED = Set.of(0, 21);

    private static final LinkSerializer SERIALIZER = new DefaultLinkSerializer();

    private ObjectLinks() {
    }

    /** The Register/Update payload for {@code tree}. */
    static String registration(Lwm2mObjectTree tree) {
        List<Link> links = new ArrayList<>();
        links.add(new Link("/", new ResourceTypeAttribute("oma.lwm2m")));
        for (int objectId : tree.objectIds()) {
            if (NOT_REGISTERED.contains(objectId)) {
                continue;
            }
            List<Integer> instances = tree.instanceIds(objectId);
            List<Attribute> version = version(tree.objectModel(objectId));
            if (instances.isEmpty() || !version.isEmpty()) {
                links.add(new Link("/" + objectId, version));
            }
            instances.forEach(i -> links.add(new Link("/" + objectId + "/" + i)));
        }
        return SERIALIZER.serializeCoreLinkFormat(links.toArray(Link[]::new));
    }

    /** The Discover payload for {@code path} (an object, instance or resource present in {@code tree}). */
    static String discover(Lwm2mObjectTree tree, NotificationAttributes attributes, LwM2mPath path) {
        List<Link> links = new ArrayList<>();
        int objectId = path.getObjectId();
        if (path.isObject()) {
            List<Attribute> first = new ArrayList<>(version(tree.objectModel(objectId)));
            first.addAll(attributes.on(path));
            links.add(new Link(path.toString(), first));
            for (int instanceId : tree.instanceIds(objectId)) {
                instance(tree, attributes, new LwM2mPath(objectId, instanceId), links);
            }
        } else if (path.isObjectInstance()) {
            instance(tree, attributes, path, links);
        } else {
            tree.read(path).ifPresent(node -> links.add(resource(attributes, path, node)));
        }
        return SERIALIZER.serializeCoreLinkFormat(links.toArray(Link[]::new));
    }

    private static void instance(Lwm2mObjectTree tree, NotificationAttributes attributes, LwM2mPath path,
                                 List<Link> links) {
        links.add(new Link(path.toString(), new ArrayList<Attribute>(attributes.on(path))));
        tree.read(path).map(LwM2mObjectInstance.class::cast).ifPresent(instance -> instance.getResources()
                .forEach((id, resource) -> links.add(resource(attributes, path.append(id), resource))));
    }

    private static Link resource(NotificationAttributes attributes, LwM2mPath path, LwM2mNode node) {
        List<Attribute> shown = new ArrayList<>();
        if (node instanceof LwM2mResource resource && resource.isMultiInstances()) {
            shown.add(LwM2mAttributes.create(LwM2mAttributes.DIMENSION, (long) resource.getInstances().size()));
        }
        shown.addAll(attributes.on(path));
        return new Link(path.toString(), shown);
    }

    private static List<Attribute> version(ObjectModel model) {
        if (model.version == null || model.version.equals(ObjectModel.DEFAULT_VERSION)) {
            return List.of();
        }
        return List.of(LwM2mAttributes.create(LwM2mAttributes.OBJECT_VERSION, new LwM2m.Version(model.version)));
    }
}
