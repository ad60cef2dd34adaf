package org.thingconform.engine.step.lwm2m;

import java.util.List;
import java.util.Optional;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.Lwm2mEventLog;
import org.thingconform.platform.Lwm2mServerEvent;
import org.thingconform.profile.step.Lwm2mAwaitEventStep;

/**
 * Carries out {@code lwm2mAwaitEvent}: watches the client's event stream until it reports the event (kind,
 * and for a notification the path and value), taking it so a later await needs a new one; a FAIL naming
 * what the stream did report when it does not within {@code within}.
 */
public final class Lwm2mAwaitEventExecutor implements StepExecutor<Lwm2mAwaitEventStep> {

    @Override
    public void execute(Lwm2mAwaitEventStep step, ClauseContext context) {
        String serverName = Lwm2mEvents.serverName(context, step.eventKind());
        Lwm2mEventLog log = Lwm2mEvents.of(context).log(context, step.client());
        EventMatch wanted = new EventMatch(step.eventKind(), step.path(), step.value());
        Optional<Lwm2mServerEvent> event = log.await(wanted, step.within());
        if (event.isEmpty()) {
            List<Lwm2mServerEvent> seen = log.all();
            throw StepFailure.fail("expected the server's event stream to report " + wanted.describe() + " (event "
                    + serverName + ") of client '" + step.client() + "' within " + step.within().toMillis()
                    + " ms; observed " + (seen.isEmpty() ? "no event" : seen.stream().map(Object::toString).toList())
                    + log.ended().map(why -> " (" + why + ")").orElse(""));
        }
    }
}
