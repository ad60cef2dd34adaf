package org.thingconform.profile.step;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a device expects of the platform's reply to an uplink message.
 *
 * @param code          the reply code expected (e.g. 200), or null when any code will do
 * @param echoId        whether the reply must carry the request's id
 * @param responseCodes on CoAP and HTTP, the response codes the request may get ({@code 2.04}, {@code 401});
 *                      empty when any will do
 * @param messageTypes  on CoAP, the message types the response may come in ({@code ACK}, {@code CON});
 *                      empty when any will do
 */
public record ReplyExpectation(Integer code, boolean echoId,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> responseCodes,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> messageTypes) {

    public ReplyExpectation {
        responseCodes = List.copyOf(responseCodes);
        messageTypes = List.copyOf(messageTypes);
    }

    /** An expectation on the reply's envelope only. */
    public ReplyExpectation(Integer code, boolean echoId) {
        this(code, echoId, List.of(), List.of());
    }

    /** Whether the expectation looks at the response's protocol fields (code or message type). */
    public boolean checksResponse() {
        return !responseCodes.isEmpty() || !messageTypes.isEmpty();
    }
}
