package org.thingconform.thingmodel;

/** A named, typed input or output datum of a service or event. */
public record Parameter(String identifier, String name, DataType dataType) {
}
