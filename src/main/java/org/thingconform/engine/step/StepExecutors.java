package org.thingconform.engine.step;

import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.profile.step.AwaitDownlinkStep;
import org.thingconform.profile.step.AwaitServiceResultStep;
import org.thingconform.profile.step.ConnectStep;
import org.thingconform.profile.step.InvokeServiceStep;
import org.thingconform.profile.step.ListEventsStep;
import org.thingconform.profile.step.PostEventStep;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.profile.step.ReadPropertiesStep;
import org.thingconform.profile.step.SetPropertiesStep;
import org.thingconform.profile.step.Step;

/** Finds the executor of each step kind: the one place a new step kind is wired in. */
public final class StepExecutors {

    private static final Map<Class<? extends Step>, StepExecutor<?>> EXECUTORS = Map.of(
            ConnectStep.class, new ConnectExecutor(),
            PostPropertiesStep.class, new PostPropertiesExecutor(),
            PostEventStep.class, new PostEventExecutor(),
            ReadPropertiesStep.class, new ReadPropertiesExecutor(),
            SetPropertiesStep.class, new SetPropertiesExecutor(),
            AwaitDownlinkStep.class, new AwaitDownlinkExecutor(),
            ListEventsStep.class, new ListEventsExecutor(),
            InvokeServiceStep.class, new InvokeServiceExecutor(),
            AwaitServiceResultStep.class, new AwaitServiceResultExecutor());

    private StepExecutors() {
    }

    /** Carries out {@code step}. */
    @SuppressWarnings("unchecked")
    public static void execute(Step step, ClauseContext context) {
        StepExecutor<Step> executor = (StepExecutor<Step>) EXECUTORS.get(step.getClass());
        if (executor == null) {
            throw new IllegalStateException("no executor for step kind " + step.kind());
        }
        executor.execute(step, context);
    }
}
