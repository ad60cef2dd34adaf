package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundClient;
import org.thingconform.profile.step.PeerTokenStep;

/**
 * Asks the token endpoint for an access token. A reason never quotes a token response's body:
 * it may hold a token.
 */
final class PeerTokenExecutor implements StepExecutor<PeerTokenStep> {

    @Override
    public void execute(PeerTokenStep step, ClauseContext context) {
        NorthboundClient.TokenGrant grant = context.interconnection().requestToken("getToken", step.validCredentials());
        int status = grant.response().status();
        if (!step.expectGranted()) {
            if (grant.granted()) {
                throw StepFailure.fail("expected the token request with a wrong client secret to be refused with HTTP "
                        + Peers.statuses(step.refusedStatus()) + "; observed HTTP " + status + " with an access token");
            }
            if (!step.refusedStatus().contains(status)) {
                throw StepFailure.fail("expected the token request with a wrong client secret to be refused with HTTP "
                        + Peers.statuses(step.refusedStatus()) + "; observed HTTP " + status);
            }
            return;
        }
        String credentials = step.validCredentials() ? "the peer's client credentials" : "a wrong client secret";
        if (!grant.response().success()) {
            throw StepFailure.fail("expected the token endpoint to grant an access token for " + credentials
                    + "; observed HTTP " + status + " " + Devices.quote(grant.response().body()));
        }
        if (grant.accessToken() == null) {
            throw StepFailure.fail("expected an access token in the token response (HTTP " + status
                    + "); observed none at the descriptor's accessToken path");
        }
        JsonNode expiresIn = grant.expiresIn();
        if (expiresIn != null && (!expiresIn.isNumber() || expiresIn.asDouble() <= 0)) {
            throw StepFailure.fail("expected the token's expires_in to be a positive number of seconds; observed "
                    + expiresIn);
        }
    }
}
