package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The payload envelope of a binding: the request a device sends, where it finds the id,
 * code and data in the platform's reply and the id and params in the platform's request,
 * and the answer it sends back. Field locations are JSON Pointers.
 *
 * @param request      uplink request template, e.g. Alink {@code {id, version, params: "{values}", method}}
 * @param replyId      where a reply carries the request id, e.g. {@code /id}
 * @param replyCode    where a reply carries its code, e.g. {@code /code}
 * @param replyData    where a reply carries its data, e.g. {@code /data}
 * @param downlinkId   where a platform request carries its id
 * @param downlinkParams where a platform request carries its params
 * @param answer       the device's answer to a platform request, e.g. Alink {@code {id, code, data}}
 */
public record Envelope(JsonNode request, String replyId, String replyCode, String replyData, String downlinkId,
                       String downlinkParams, JsonNode answer) {
}
