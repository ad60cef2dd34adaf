package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.step.ReadPropertiesStep;

/** Reads a device's properties northbound; every expected value must be there and equal. */
final class ReadPropertiesExecutor implements StepExecutor<ReadPropertiesStep> {

    @Override
    public void execute(ReadPropertiesStep step, ClauseContext context) {
        JsonNode values = Devices.readValues(context, step.device());
        List<String> problems = JsonMatch.missingOrDifferent(step.expectValues(), values);
        if (!problems.isEmpty()) {
            throw StepFailure.fail("northbound property values differ from what was expected: "
                    + String.join("; ", problems));
        }
    }
}
