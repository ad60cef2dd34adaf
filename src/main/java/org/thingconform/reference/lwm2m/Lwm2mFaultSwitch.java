package org.thingconform.reference.lwm2m;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The LwM2M faults switched on in a running server. The server asks it at the moment it acts, so
 * faults can be changed while it runs; any other {@code Predicate<Lwm2mFault>} can stand in for it.
 */
public final class Lwm2mFaultSwitch implements Predicate<Lwm2mFault> {

    private volatile Set<Lwm2mFault> active = EnumSet.noneOf(Lwm2mFault.class);

    @Override
    public boolean test(Lwm2mFault fault) {
        return active.contains(fault);
    }

    /** The faults on now. */
    public Set<Lwm2mFault> active() {
        return Set.copyOf(active);
    }

    /** Switches on exactly {@code faults}. */
    public void set(Set<Lwm2mFault> faults) {
        EnumSet<Lwm2mFault> next = EnumSet.noneOf(Lwm2mFault.class);
        next.addAll(faults);
        this.active = next;
    }
}
