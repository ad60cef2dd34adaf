package org.thingconform.profile.step;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * Sends a CONNECT (on a new connection, or a second one on an open connection) and checks the
 * answer: the CONNACK's code and session-present flag, or that the broker closes the connection.
 *
 * @param version           {@code 3.1.1} or {@code 5.0}; null: the profile's standard edition
 * @param clientId          the client id, {@code {run}} replaced by a token unique to the clause run; null: one is made up
 * @param credentials       {@code account} (the descriptor's account, if any), {@code wrong} (its user name, a wrong
 *                          password: NOT_APPLICABLE without an account) or {@code none}
 * @param reasonCodes       CONNACK codes that pass; empty when {@code outcome} is not {@code CONNACK}
 * @param sessionPresent    the session-present flag the CONNACK must carry, or null for either
 * @param outcome           CONNACK (a CONNACK with one of {@code reasonCodes}), REFUSED (a CONNACK ≠ 0 or a close
 *                          without one), CLOSED (the connection closes; a CONNACK before does not count)
 * @param expectStated      whether the step states the answer ({@code expect:}); without it, the acceptance of
 *                          the connection is an acknowledgement check, a means of the clause
 */
public record MqttConnectStep(SourceLocation location, String client, String version, String clientId,
                              boolean cleanStart, Long sessionExpiry, Integer keepAlive, String credentials,
                              MqttWill will, Integer maximumPacketSize, Integer topicAliasMaximum,
                              Outcome outcome, List<Integer> reasonCodes, Boolean sessionPresent,
                              boolean expectStated) implements MqttStep {

    /** What the broker's answer must be. */
    public enum Outcome { CONNACK, REFUSED, CLOSED }

    public MqttConnectStep {
        reasonCodes = List.copyOf(reasonCodes);
    }

    @Override
    public String kind() {
        return "mqttConnect";
    }
}
