package org.thingconform.reference;

import java.util.EnumSet;
import java.util.Set;

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

    Set<Fault> active() {
        return active.clone();
    }

    void set(Set<Fault> faults) {
        EnumSet<Fault> next = EnumSet.noneOf(Fault.class);
        next.addAll(faults);
        this.active = next;
    }
}
