package org.thingconform.protocol.lwm2m;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.leshan.core.link.lwm2m.attributes.LwM2mAttribute;
import org.eclipse.leshan.core.link.lwm2m.attributes.LwM2mAttributeModel;
import org.eclipse.leshan.core.link.lwm2m.attributes.LwM2mAttributes;
import org.eclipse.leshan.core.node.LwM2mPath;

/**
 * The notification attributes (pmin, pmax, gt, lt, st) the server set with Write-Attributes,
 * per path, as Discover shows them and as Observe uses them. A valueless attribute in a
 * Write-Attributes request ({@code ?pmin}) removes it. pmin and pmax are inherited from the
 * instance and the object when a resource has none of its own (TS §5.1.2). Thread-safe.
 */
final class NotificationAttributes {

    private final Map<LwM2mPath, Map<String, LwM2mAttribute<?>>> byPath = new LinkedHashMap<>();

    /** Applies one Write-Attributes request on {@code path}. */
    synchronized void write(LwM2mPath path, Collection<LwM2mAttribute<?>> attributes) {
        Map<String, LwM2mAttribute<?>> current = byPath.computeIfAbsent(path, p -> new LinkedHashMap<>());
        for (LwM2mAttribute<?> attribute : attributes) {
            if (attribute.hasValue()) {
                current.put(attribute.getName(), attribute);
            } else {
                current.remove(attribute.getName());
            }
        }
    }

    /** The attributes set on exactly {@code path}, in the order they were first set. */
    synchronized List<LwM2mAttribute<?>> on(LwM2mPath path) {
        return List.copyOf(byPath.getOrDefault(path, Map.of()).values());
    }

    /** The minimum period in seconds for {@code path}, inherited from its parents; empty if none is set. */
    Optional<Long> pmin(LwM2mPath path) {
        return inherited(path, LwM2mAttributes.MINIMUM_PERIOD);
    }

    /** The maximum period in seconds for {@code path}, inherited from its parents; empty if none is set. */
    Optional<Long> pmax(LwM2mPath path) {
        return inherited(path, LwM2mAttributes.MAXIMUM_PERIOD);
    }

    /** Forgets the attributes on {@code path} and below (the instance was deleted). */
    synchronized void forget(LwM2mPath path) {
        byPath.keySet().removeIf(p -> p.startWith(path));
    }

    private synchronized Optional<Long> inherited(LwM2mPath path, LwM2mAttributeModel<Long> model) {
        for (LwM2mPath p = path; p != null && !p.isRoot(); p = p.toParenPath()) {
            LwM2mAttribute<?> attribute = byPath.getOrDefault(p, Map.of()).get(model.getName());
            if (attribute != null && attribute.getValue() instanceof Long value) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
