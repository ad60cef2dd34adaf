package org.thingconform.thingmodel;

/** A property of a thing: a typed, named value the device reports and the platform may set. */
public record Property(String identifier, String name, AccessMode accessMode, boolean required, DataType dataType) {
}
