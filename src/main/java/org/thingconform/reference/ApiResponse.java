package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;

/** A northbound answer: HTTP status and JSON body. */
record ApiResponse(int status, JsonNode body) {
}
