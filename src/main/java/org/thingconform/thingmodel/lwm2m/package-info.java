/**
 * OMA LwM2M object models (DDF XML, one {@code <Object>} under {@code <LWM2M>}) as thing models.
 * {@link org.thingconform.thingmodel.lwm2m.DdfImporter} reads a DDF file into a
 * {@link org.thingconform.thingmodel.lwm2m.Lwm2mObject}: the {@link org.thingconform.thingmodel.ThingModel}
 * plus what that model has no field for, so a LwM2M binding can address
 * {@code /objectId/instance/resourceId}.
 *
 * <h2>The mapping</h2>
 * <ul>
 * <li><b>Product key</b>: the {@code <ObjectURN>} (e.g. {@code urn:oma:lwm2m:oma:3:1.1}). Without one it
 *     is built as OMA builds it, {@code urn:oma:lwm2m:<label>:<ObjectID>[:<ObjectVersion>]}, the label
 *     {@code oma} below id 2048, {@code ext} up to 10240, {@code x} above, the version left out when it
 *     is 1.0. A given URN must be such a URN and name the same object id.</li>
 * <li><b>Identifiers</b>: the lowerCamelCase of the resource {@code <Name>} in ASCII letters and digits
 *     ("Battery Level" → {@code batteryLevel}, "UTC Offset" → {@code utcOffset}, "ExtDevInfo" →
 *     {@code extDevInfo}), cut to 50 characters; a name that gives an identifier already used in the
 *     object (or none) gets the resource id appended. The element's name is the DDF {@code <Name>}.</li>
 * <li><b>Operations</b>: {@code R} → a read-only property, {@code RW} → a read-write property,
 *     {@code E} → a service without input or output, call type async. {@code W} (write only) → a service
 *     whose one input {@code value} has the resource's data type: the thing model has no write-only
 *     access mode, and a read-write property would make the suite read back a value LwM2M never lets
 *     anyone read. Empty operations (resources only the bootstrap server writes, e.g. in object 1
 *     version 1.1) → no thing-model element: no device-management operation reaches them; they are
 *     kept in {@link org.thingconform.thingmodel.lwm2m.Lwm2mObject#resources()}.
 *     {@code Mandatory} → required. The object has no events.</li>
 * <li><b>Types</b>: Integer → int; Unsigned Integer → int with min 0; Float → double; Boolean → bool;
 *     String → text; Time → date; Opaque → text (the base64 text LwM2M's JSON and SenML carry);
 *     Objlnk → text ({@code objectId:instanceId}, as the TEXT and SenML formats write it); Corelnk →
 *     text (a CoRE link-format string). An executable resource must have an empty {@code <Type>}; any
 *     other must have a type. {@code MultipleInstances Multiple} → an array of the item type
 *     (no size limit).</li>
 * <li><b>RangeEnumeration</b>: on Integer and Unsigned Integer, {@code min..max} → min and max
 *     ({@code 0..100}, {@code -40..85}; whole numbers, and from 0 up for unsigned) and a list of
 *     integers ({@code 1,2,4}, or one value) → an enum of those values, each labelled with itself;
 *     on Float, {@code min..max} only. Anything else on a number (prose, {@code 0-100}) is an error.
 *     On String, {@code min..max} is the length: at most max characters (the thing model has no
 *     minimum length, so min is only checked); a list or prose on a String, and any range of the
 *     other types, has no thing-model equivalent and is kept as written in
 *     {@link org.thingconform.thingmodel.lwm2m.Lwm2mResource#rangeEnumeration()}.</li>
 * <li><b>Units</b> → unit of numeric types (the only kinds whose unit a WoT Thing Model carries);
 *     the units of other types are kept in the resource record.</li>
 * <li><b>Kept beside the model</b>: object id, name, ObjectVersion (1.0 when absent), LWM2MVersion
 *     (1.0 when absent), URN, MultipleInstances and Mandatory of the object; per resource its id,
 *     identifier, name, operations, LwM2M type, multiplicity, mandatory, RangeEnumeration and units.
 *     Descriptions are not kept.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * Parsing is the JDK's StAX parser with DTDs and external entities off (a DOCTYPE is an error). Broken
 * XML, a root other than {@code <LWM2M>}, a missing {@code <Object>}, ObjectID or Name, an unknown
 * Operations, Type, MultipleInstances or Mandatory, a RangeEnumeration that does not fit the type,
 * a duplicate resource ID: a {@link org.thingconform.source.BadInputException} reading
 * {@code file:line:column: error: what; expected …}, located at the element's {@code <}.
 */
package org.thingconform.thingmodel.lwm2m;
