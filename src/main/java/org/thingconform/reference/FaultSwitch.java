package org.thingconform.reference;

import java.util.EnumSet;
import java.util.Set;
import org.thingconform.reference.lwm2m.Lwm2mFault;

/**
 * The faults switched on in a running reference platform. Every handler asks it at the
 * moment it acts, so faults can be changed while the platform runs (one platform, many
 * mutation runs).
 */
final class FaultSwitch {

    private volatile EnumSet<Fault> active = EnumSet.noneOf(Fault.class);

    boolean on(Fault fault) {
        return active.contains(fault);
    }

    /** Whether the fault of the LwM2M server part {@code fault} is on (as a fault of the catalogue). */
    boolean on(Lwm2mFault fault) {
        return Fault.lwm2mOn(active, fault);
    }

    Set<Fault> active() {
        return active.clone();
    }

    void set(Set<Fault> faults) {
        EnumSet<Fault> next = EnumSet.noneOf(Fault.class);
        next.addAll(faults);
        this.active = next;
    }
}
