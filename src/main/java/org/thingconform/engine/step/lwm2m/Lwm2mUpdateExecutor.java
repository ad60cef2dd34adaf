package org.thingconform.engine.step.lwm2m;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.Lwm2mUpdateStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.Lwm2mOutcome;

/**
 * Carries out {@code lwm2mUpdate}: the named client sends Update to its registration (TS 6.2.2: 2.04
 * Changed), or to a registration the server never gave (the server answers 4.04 Not Found).
 */
public final class Lwm2mUpdateExecutor implements StepExecutor<Lwm2mUpdateStep> {

    @Override
    public void execute(Lwm2mUpdateStep step, ClauseContext context) {
        Lwm2mClient client = Lwm2mClients.of(context).client(step.client());
        OptionalLong lifetime = step.lifetime() == null ? OptionalLong.empty() : OptionalLong.of(step.lifetime());
        Lwm2mOutcome outcome;
        if (step.unknown()) {
            List<String> query = new ArrayList<>();
            lifetime.ifPresent(lt -> query.add("lt=" + lt));
            String nowhere = "/rd/tc-unknown-" + Long.toHexString(context.timeBase());
            outcome = client.send("POST", nowhere, query, OptionalInt.empty(), new byte[0], Lwm2mClients.reply(context));
        } else {
            if (client.registrationLocation().isEmpty()) {
                throw StepFailure.inconclusive("client '" + step.client() + "' has no registration to update: its "
                        + "Register got no 2.01 with a Location-Path");
            }
            outcome = client.update(lifetime, step.withObjects(), Lwm2mClients.reply(context));
        }
        Codes.check(step.unknown() ? "Update of an unknown registration" : "Update", outcome, step.expectCodes());
    }
}
