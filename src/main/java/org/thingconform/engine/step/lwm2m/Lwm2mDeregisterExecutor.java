package org.thingconform.engine.step.lwm2m;

import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.Lwm2mDeregisterStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;

/** Carries out {@code lwm2mDeregister}: the named client sends De-register (TS 6.2.3: 2.02 Deleted). */
public final class Lwm2mDeregisterExecutor implements StepExecutor<Lwm2mDeregisterStep> {

    @Override
    public void execute(Lwm2mDeregisterStep step, ClauseContext context) {
        Lwm2mClient client = Lwm2mClients.of(context).client(step.client());
        if (client.registrationLocation().isEmpty()) {
            throw StepFailure.inconclusive("client '" + step.client() + "' has no registration to de-register: its "
                    + "Register got no 2.01 with a Location-Path");
        }
        Codes.check("De-register", client.deregister(Lwm2mClients.reply(context)), step.expectCodes());
    }
}
