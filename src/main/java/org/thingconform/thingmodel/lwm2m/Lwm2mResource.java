package org.thingconform.thingmodel.lwm2m;

/**
 * One resource of a DDF object as LwM2M addresses it: what the thing model has no field for
 * (the numeric id, the operations, the LwM2M type, single or multiple instances) and the
 * identifier of the property or service it became, so that a binding can go from a
 * thing-model element to {@code /objectId/instance/resourceId} and back.
 *
 * @param id               the resource id ({@code <Item ID="…">})
 * @param identifier       the identifier of its property or service in the thing model
 * @param name             the DDF {@code <Name>}
 * @param operations       the DDF {@code <Operations>}
 * @param type             the DDF {@code <Type>}
 * @param multiple         {@code <MultipleInstances>Multiple}
 * @param mandatory        {@code <Mandatory>Mandatory}
 * @param rangeEnumeration the DDF {@code <RangeEnumeration>} as written (trimmed; empty when none)
 * @param units            the DDF {@code <Units>} as written (trimmed; empty when none)
 * @param inThingModel     whether the thing model has an element for it (false for empty operations)
 */
public record Lwm2mResource(int id, String identifier, String name, Lwm2mOperations operations, Lwm2mType type,
                            boolean multiple, boolean mandatory, String rangeEnumeration, String units,
                            boolean inThingModel) {
}
