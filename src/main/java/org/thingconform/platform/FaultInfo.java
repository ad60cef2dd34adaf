package org.thingconform.platform;

import java.util.List;

/**
 * A deliberate violation an embedded platform can switch on, and the clause ids it is
 * meant to turn to FAIL: the negative control of those clauses.
 *
 * @param protocol the binding protocol on which the fault can be seen ({@code coap}, {@code http}), or
 *                 null when it shows on every binding (the thing-model and northbound faults)
 */
public record FaultInfo(String name, String description, List<String> clauses, String protocol) {

    public FaultInfo {
        clauses = List.copyOf(clauses);
    }

    /** A fault that shows on every binding. */
    public FaultInfo(String name, String description, List<String> clauses) {
        this(name, description, clauses, null);
    }

    /** Whether a run over bindings of {@code protocols} can see the fault. */
    public boolean observableOver(java.util.Collection<String> protocols) {
        return protocol == null || protocols.contains(protocol);
    }
}
