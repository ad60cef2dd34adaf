package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.source.SourceLocation;

/**
 * A device posts property values and checks the platform's reply. On a CoAP or HTTP binding
 * {@code token} can leave out or spoil the sign-in token; null means the valid one (as on MQTT).
 * {@code time}, when given, is the measurement time of the values in milliseconds relative to the
 * clause's time base: each value is then posted as {@code {value, time}}.
 */
public record PostPropertiesStep(SourceLocation location, String device, ObjectNode values, ReplyExpectation expect,
                                 TokenUse token, Long time) implements Step {

    /** A post with the device's valid token (or an MQTT post). */
    public PostPropertiesStep(SourceLocation location, String device, ObjectNode values, ReplyExpectation expect) {
        this(location, device, values, expect, null, null);
    }

    /** A post without a measurement time. */
    public PostPropertiesStep(SourceLocation location, String device, ObjectNode values, ReplyExpectation expect,
                              TokenUse token) {
        this(location, device, values, expect, token, null);
    }

    /** The token the post carries: the step's, or the valid one. */
    public TokenUse tokenUse() {
        return token == null ? TokenUse.VALID : token;
    }

    @Override
    public String kind() {
        return "postProperties";
    }
}
