package org.thingconform.thingmodel.lwm2m;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code <Operations>} of a DDF resource: what a LwM2M server may do with it. A later
 * LwM2M binding needs it to pick Read, Write or Execute for a resource, which the thing model's
 * access mode alone cannot say (a write-only resource is a service there).
 */
public enum Lwm2mOperations {
    /** Read (and Observe). */
    R("R"),
    /** Write only: never read back. */
    W("W"),
    /** Read and Write. */
    RW("RW"),
    /** Execute. */
    E("E"),
    /** Empty {@code <Operations/>}: reachable only by the bootstrap server, no device-management operation. */
    NONE("");

    private final String ddfName;

    Lwm2mOperations(String ddfName) {
        this.ddfName = ddfName;
    }

    /** The spelling in a DDF file: {@code R}, {@code RW}, … or empty. */
    public String ddfName() {
        return ddfName;
    }

    /** The operations spelt {@code text} (trimmed) in a DDF file; empty when none is. */
    public static Optional<Lwm2mOperations> fromDdf(String text) {
        return Arrays.stream(values()).filter(o -> o.ddfName.equals(text.strip())).findFirst();
    }
}
