package org.thingconform.platform;

import java.util.List;

/**
 * A deliberate violation an embedded platform can switch on, and the clause ids it is
 * meant to turn to FAIL: the negative control of those clauses.
 */
public record FaultInfo(String name, String description, List<String> clauses) {

    public FaultInfo {
        clauses = List.copyOf(clauses);
    }
}
