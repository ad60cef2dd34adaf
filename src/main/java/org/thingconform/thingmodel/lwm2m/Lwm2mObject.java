package org.thingconform.thingmodel.lwm2m;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.thingconform.thingmodel.ThingModel;

/**
 * A LwM2M object model read from an OMA DDF file: the {@link ThingModel} the rest of the suite
 * works with, plus what that model has no field for — the object id and versions, whether the
 * object has several instances or is mandatory, and each resource's id and LwM2M details — so
 * a LwM2M binding can address {@code /objectId/instance/resourceId}.
 *
 * @param id            {@code <ObjectID>}
 * @param name          {@code <Name>}
 * @param version       {@code <ObjectVersion>}, 1.0 when absent
 * @param lwm2mVersion  {@code <LWM2MVersion>}, 1.0 when absent
 * @param urn           {@code <ObjectURN>}, or the URN built from id and version when absent
 * @param multiple      {@code <MultipleInstances>Multiple}
 * @param mandatory     {@code <Mandatory>Mandatory}
 * @param model         the thing model (its product key is {@code urn})
 * @param resources     resource id → resource, in file order
 */
public record Lwm2mObject(int id, String name, String version, String lwm2mVersion, String urn, boolean multiple,
                          boolean mandatory, ThingModel model, Map<Integer, Lwm2mResource> resources) {

    public Lwm2mObject {
        resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    }

    /** The resource behind the thing-model property or service {@code identifier}. */
    public Optional<Lwm2mResource> resource(String identifier) {
        return resources.values().stream().filter(r -> r.identifier().equals(identifier)).findFirst();
    }

    /** The resource with id {@code resourceId}. */
    public Optional<Lwm2mResource> resource(int resourceId) {
        return Optional.ofNullable(resources.get(resourceId));
    }
}
