package org.thingconform.platform;

/**
 * A clause a fault declares it violates, parsed from the declaration as written: a bare clause
 * id ({@code MQTT-4.3.3-2}) names the clause of that id in every profile; a qualified one
 * ({@code mqtt-broker-3.1.1:MQTT-3.3.1-6}, the profile id as in the profile's {@code profile:}
 * key) names the clause of that profile only, for an id that means different statements in two
 * profiles (MQTT 3.1.1 and 5.0 number their normative statements differently).
 *
 * @param profile  the profile id; null for a bare clause id
 * @param clauseId the clause id
 */
public record DeclaredClause(String profile, String clauseId) {

    /** Between the profile id and the clause id of a qualified declaration; neither id may contain it. */
    public static final String SEPARATOR = ":";

    public DeclaredClause {
        if (clauseId == null || clauseId.isBlank() || clauseId.contains(SEPARATOR)
                || profile != null && (profile.isBlank() || profile.contains(SEPARATOR))) {
            throw new IllegalArgumentException("a declared clause is CLAUSE-ID or PROFILE-ID" + SEPARATOR
                    + "CLAUSE-ID; got profile " + profile + ", clause " + clauseId);
        }
    }

    /**
     * Reads a declaration, {@code CLAUSE-ID} or {@code PROFILE-ID:CLAUSE-ID}.
     *
     * @throws IllegalArgumentException when either part is empty or there are two separators
     */
    public static DeclaredClause parse(String declaration) {
        int at = declaration.indexOf(SEPARATOR);
        return at < 0 ? new DeclaredClause(null, declaration)
                : new DeclaredClause(declaration.substring(0, at), declaration.substring(at + 1));
    }

    /** Whether this declaration names clause {@code id} of profile {@code profileId}. */
    public boolean matches(String profileId, String id) {
        return clauseId.equals(id) && (profile == null || profile.equals(profileId));
    }

    /** The declaration as written: the bare id, or {@code PROFILE-ID:CLAUSE-ID}. */
    @Override
    public String toString() {
        return profile == null ? clauseId : profile + SEPARATOR + clauseId;
    }
}
