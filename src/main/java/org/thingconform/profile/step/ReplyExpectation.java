package org.thingconform.profile.step;

/**
 * What a device expects of the platform's reply to an uplink message.
 *
 * @param code   the reply code expected (e.g. 200), or null when any code will do
 * @param echoId whether the reply must carry the request's id
 */
public record ReplyExpectation(Integer code, boolean echoId) {
}
