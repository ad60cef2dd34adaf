package org.thingconform.thingmodel.generate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value generated for a data type, with the family that produced it. The family is the
 * oracle: {@code valid.*} values must be accepted, {@code invalid.*} values rejected —
 * decided by how the value was made, never by a validator.
 *
 * @param family      e.g. {@code valid.max} or {@code invalid.above-max}
 * @param value       the JSON value to send
 * @param description what the value is, for reports: "480.0 (max)"
 * @param coercesTo   the value a platform that coerces instead of rejecting would store, or null
 */
public record GeneratedValue(String family, JsonNode value, String description, JsonNode coercesTo) {

    public GeneratedValue(String family, JsonNode value, String description) {
        this(family, value, description, null);
    }

    /** Whether the family expects the platform to accept the value. */
    public boolean valid() {
        return family.startsWith("valid.");
    }
}
