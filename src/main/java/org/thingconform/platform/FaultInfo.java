package org.thingconform.platform;

import java.util.Collection;
import java.util.List;

/**
 * A deliberate violation an embedded platform can switch on, and the clause ids it is
 * meant to turn to FAIL: the negative control of those clauses.
 *
 * @param protocol the device protocol whose handling the fault breaks ({@code mqtt5},
 *                 {@code coap}, …), or null when it breaks protocol-neutral logic (thing-model
 *                 checks, the northbound API), which any binding shows
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
    public boolean observableOver(Collection<String> protocols) {
        return protocol == null || protocols.contains(protocol);
    }
}
