package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.ReadPropertiesStep;

/** Reads a device's properties northbound; every expected value must be there and equal. */
final class ReadPropertiesExecutor implements StepExecutor<ReadPropertiesStep> {

    @Override
    public void execute(ReadPropertiesStep step, ClauseContext context) {
        NorthboundResponse response = context.northbound().call("readProperties",
                Devices.variables(context, step.device(), null), null);
        if (!response.success()) {
            throw StepFailure.fail("expected readProperties to succeed; observed HTTP " + response.status() + " "
                    + Devices.quote(response.body()));
        }
        JsonNode values = response.get("values");
        if (values == null || !values.isObject()) {
            throw StepFailure.fail("expected an object of property values in the readProperties response; observed "
                    + Devices.quote(response.body()));
        }
        List<String> problems = JsonMatch.missingOrDifferent(step.expectValues(), values);
        if (!problems.isEmpty()) {
            throw StepFailure.fail("northbound property values differ from what was expected: "
                    + String.join("; ", problems));
        }
    }
}
