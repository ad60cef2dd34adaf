package org.thingconform.thingmodel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The data-type kinds of the thing model, named as TSL names them. */
public enum DataKind {
    INT, FLOAT, DOUBLE, TEXT, DATE, BOOL, ENUM, STRUCT, ARRAY;

    /** The TSL spelling, e.g. {@code int}. */
    public String tslName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether values of this kind are numbers with min/max/step constraints. */
    public boolean isNumeric() {
        return this == INT || this == FLOAT || this == DOUBLE;
    }

    /** Parses a TSL type name; empty when the name is not a known kind. */
    public static Optional<DataKind> fromTsl(String name) {
        return Arrays.stream(values()).filter(k -> k.tslName().equals(name)).findFirst();
    }
}
