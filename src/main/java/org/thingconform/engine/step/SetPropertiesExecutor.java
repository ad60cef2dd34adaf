package org.thingconform.engine.step;

import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.SetPropertiesStep;

/** Sets property values northbound; the platform must accept the request. */
final class SetPropertiesExecutor implements StepExecutor<SetPropertiesStep> {

    @Override
    public void execute(SetPropertiesStep step, ClauseContext context) {
        NorthboundResponse response = context.northbound().call("setProperties",
                Devices.variables(context, step.device(), null), step.values());
        if (!response.success()) {
            throw StepFailure.fail("expected setProperties " + step.values() + " to be accepted; observed HTTP "
                    + response.status() + " " + Devices.quote(response.body()));
        }
    }
}
