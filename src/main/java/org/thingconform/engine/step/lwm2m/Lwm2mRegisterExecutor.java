package org.thingconform.engine.step.lwm2m;

import java.util.Set;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.Lwm2mRegisterStep;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.Lwm2mOutcome;

/**
 * Carries out {@code lwm2mRegister}: starts the named client with its objects and sends Register
 * (the parameters named in {@code omit} left out); the answer's code must be one expected and, when
 * asked, carry a Location-Path under {@code /rd} (TS 6.2.1: the server answers 2.01 Created with the
 * location of the registration).
 */
public final class Lwm2mRegisterExecutor implements StepExecutor<Lwm2mRegisterStep> {

    @Override
    public void execute(Lwm2mRegisterStep step, ClauseContext context) {
        Lwm2mClient client = Lwm2mClients.of(context).start(context, step.client(), step.endpoint(), step.objects(),
                step.lifetime(), step.queueMode());
        Lwm2mEvents.of(context).openIfWatched(context, step.client());
        Lwm2mOutcome outcome = client.register(Lwm2mClients.reply(context), Set.copyOf(step.omit()));
        String what = step.omit().isEmpty() ? "Register" : "Register without " + String.join(", ", step.omit());
        Codes.check(what, outcome, step.expectCodes());
        if (step.expectLocation() && outcome.code().filter(c -> c.startsWith("2.")).isPresent()
                && !outcome.locationPath().matches("/rd/[^/]+")) {
            throw StepFailure.fail("expected the server's " + outcome.code().get() + " to the Register to carry a "
                    + "Location-Path rd/{id}; observed " + (outcome.locationPath().isEmpty() ? "none"
                    : "'" + outcome.locationPath() + "'"));
        }
    }
}
