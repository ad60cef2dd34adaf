package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.thingconform.device.SimulatedDevice;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.ReadOnlySetCheckStep;

/** Sets a read-only property northbound: the platform must refuse, and the device must see no set. */
final class ReadOnlySetCheckExecutor implements StepExecutor<ReadOnlySetCheckStep> {

    @Override
    public void execute(ReadOnlySetCheckStep step, ClauseContext context) {
        SimulatedDevice device = Devices.connected(context, step.device());
        NorthboundResponse response = context.northbound().call("setProperties",
                Devices.variables(context, step.device(), null),
                JsonNodeFactory.instance.objectNode().set(step.property(), step.value()));
        if (response.success()) {
            throw StepFailure.fail("expected the set of read-only property " + step.property() + " to be refused; "
                    + "observed HTTP " + response.status() + " " + Devices.quote(response.body()));
        }
        device.awaitPropertySet(step.quietPeriod()).ifPresent(set -> {
            throw StepFailure.fail("expected no property set to reach the device for read-only " + step.property()
                    + "; observed " + Devices.quote(set.message().raw()));
        });
    }
}
