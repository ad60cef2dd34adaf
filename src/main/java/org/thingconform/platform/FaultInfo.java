package org.thingconform.platform;

import java.util.Collection;
import java.util.List;

/**
 * A deliberate violation an embedded platform can switch on, and the clauses it is meant to
 * turn to FAIL: the negative control of those clauses.
 *
 * @param clauses  the declared clauses as written ({@link DeclaredClause}): a bare clause id names
 *                 the clause of that id in every profile, {@code PROFILE-ID:CLAUSE-ID} the clause of
 *                 one profile only
 * @param protocol the device protocol whose handling the fault breaks ({@code mqtt5},
 *                 {@code coap}, …), or null when it breaks protocol-neutral logic (thing-model
 *                 checks, the northbound API), which any binding shows
 */
public record FaultInfo(String name, String description, List<String> clauses, String protocol) {

    public FaultInfo {
        clauses = List.copyOf(clauses);
        clauses.forEach(DeclaredClause::parse); // a malformed declaration fails where the fault is made
    }

    /** A fault that shows on every binding. */
    public FaultInfo(String name, String description, List<String> clauses) {
        this(name, description, clauses, null);
    }

    /** The declared clauses, parsed, in declaration order. */
    public List<DeclaredClause> declared() {
        return clauses.stream().map(DeclaredClause::parse).toList();
    }

    /** Whether the fault declares clause {@code clauseId} of profile {@code profileId}. */
    public boolean declares(String profileId, String clauseId) {
        return declared().stream().anyMatch(d -> d.matches(profileId, clauseId));
    }

    /** Whether a run over bindings of {@code protocols} can see the fault. */
    public boolean observableOver(Collection<String> protocols) {
        return protocol == null || protocols.contains(protocol);
    }
}
