package org.thingconform.engine.step;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundClient;
import org.thingconform.platform.NorthboundClient.Credential;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.platform.Secret;
import org.thingconform.profile.step.PeerRequestStep;

/** Calls an interconnection operation with a chosen token and checks it is accepted or refused. */
final class PeerRequestExecutor implements StepExecutor<PeerRequestStep> {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void execute(PeerRequestStep step, ClauseContext context) {
        NorthboundClient client = context.interconnection();
        String what = step.operation() + " " + switch (step.token()) {
            case VALID -> "with the peer's access token";
            case NONE -> "without an access token";
            case WRONG -> "with a wrong access token";
            case EXPIRED -> "with an expired access token";
        };
        Credential credential = switch (step.token()) {
            case VALID -> Credential.DEFAULT;
            case NONE -> Credential.NONE;
            case WRONG -> Credential.bearer(new Secret(wrongToken()));
            case EXPIRED -> Credential.bearer(expiredToken(client));
        };
        NorthboundResponse response = client.call(step.operation(), Map.of(), null, credential);
        if (step.expectAccepted()) {
            Peers.requireSuccess(response, what);
        } else {
            Peers.requireRefusal(response, step.refusedStatus(), what);
        }
    }

    private static String wrongToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A token the platform issued and that has already expired, from the descriptor's test hook. */
    private static Secret expiredToken(NorthboundClient client) {
        if (!client.maps("getExpiredToken")) {
            throw StepFailure.inconclusive("the platform descriptor maps no getExpiredToken operation (a token request "
                    + "that yields an already expired token), so an expired token cannot be had without waiting out "
                    + "the token lifetime");
        }
        NorthboundClient.TokenGrant grant = client.requestToken("getExpiredToken", true);
        if (!grant.granted()) {
            throw StepFailure.inconclusive("expected getExpiredToken to grant an (expired) access token; observed HTTP "
                    + grant.response().status() + (grant.response().success() ? " without a token" : ""));
        }
        return grant.accessToken();
    }
}
