package org.thingconform.thingmodel.lwm2m;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code <Type>} of a DDF resource. Kept beside the thing model because several LwM2M
 * types share one thing-model kind (Opaque, Objlnk, Corelnk and String are all text), and a
 * binding must encode each its own way.
 */
public enum Lwm2mType {
    STRING("String"),
    INTEGER("Integer"),
    UNSIGNED_INTEGER("Unsigned Integer"),
    FLOAT("Float"),
    BOOLEAN("Boolean"),
    OPAQUE("Opaque"),
    TIME("Time"),
    OBJLNK("Objlnk"),
    CORELNK("Corelnk"),
    /** Empty {@code <Type/>}: an executable resource has no value. */
    NONE("");

    private final String ddfName;

    Lwm2mType(String ddfName) {
        this.ddfName = ddfName;
    }

    /** The spelling in a DDF file, e.g. {@code Unsigned Integer}; empty for {@link #NONE}. */
    public String ddfName() {
        return ddfName;
    }

    /** Whether values are numbers that a {@code min..max} range bounds. */
    public boolean isNumeric() {
        return this == INTEGER || this == UNSIGNED_INTEGER || this == FLOAT;
    }

    /** The type spelt {@code text} (trimmed) in a DDF file; empty when no type is. */
    public static Optional<Lwm2mType> fromDdf(String text) {
        return Arrays.stream(values()).filter(t -> t.ddfName.equals(text.strip())).findFirst();
    }

    /** The type names, for "expected …" messages. */
    public static String choices() {
        return "String, Integer, Unsigned Integer, Float, Boolean, Opaque, Time, Objlnk, Corelnk or empty (for E)";
    }

    /** The names of the types that have a value, for "expected …" messages. */
    public static String valueChoices() {
        return "String, Integer, Unsigned Integer, Float, Boolean, Opaque, Time, Objlnk or Corelnk";
    }
}
