package org.thingconform.engine.step.lwm2m;

import java.util.Optional;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.Lwm2mEventLog;
import org.thingconform.platform.Lwm2mServerEvent;
import org.thingconform.profile.step.Lwm2mExpectNoEventStep;

/**
 * Carries out {@code lwm2mExpectNoEvent}: the client's event stream must report no event of the kind (on
 * the path) for the quiet period, the clause's point and so a fixed wait, ended early by the first such
 * event. An event read before the step and not taken by an await counts: it is one the server reported
 * after the steps before (e.g. after a cancel).
 */
public final class Lwm2mExpectNoEventExecutor implements StepExecutor<Lwm2mExpectNoEventStep> {

    @Override
    public void execute(Lwm2mExpectNoEventStep step, ClauseContext context) {
        Lwm2mEvents.serverName(context, step.eventKind());
        Lwm2mEventLog log = Lwm2mEvents.of(context).log(context, step.client());
        EventMatch unwanted = new EventMatch(step.eventKind(), step.path(), null);
        Optional<Lwm2mServerEvent> event = log.await(unwanted, step.quietPeriod());
        if (event.isPresent()) {
            throw StepFailure.fail("expected the server's event stream to report no " + step.eventKind()
                    + (step.path() == null ? "" : " of " + step.path()) + " of client '" + step.client() + "' for "
                    + step.quietPeriod().toMillis() + " ms; observed " + event.get());
        }
        if (log.ended().isPresent()) {
            throw StepFailure.inconclusive("the event stream ended during the quiet period, so its silence proves "
                    + "nothing: " + log.ended().get());
        }
    }
}
