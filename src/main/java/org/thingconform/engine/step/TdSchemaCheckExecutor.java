package org.thingconform.engine.step;

import java.util.List;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.step.TdSchemaCheckStep;
import org.thingconform.source.InputProblem;
import org.thingconform.validate.TdSchema;

/** Validates a fetched TD against the W3C TD 1.1 JSON Schema; a violation fails the step, located in the TD. */
final class TdSchemaCheckExecutor implements StepExecutor<TdSchemaCheckStep> {

    @Override
    public void execute(TdSchemaCheckStep step, ClauseContext context) {
        FetchedTd fetched = FetchedTd.of(context, step.thing());
        List<InputProblem> problems = TdSchema.problems(fetched.document());
        if (!problems.isEmpty()) {
            throw StepFailure.fail("expected the TD of Thing '" + step.thing() + "' (" + fetched.url()
                    + ") to conform to the TD 1.1 JSON Schema; observed " + problems.size() + " violation(s): "
                    + String.join("; ", problems.stream().limit(5).map(InputProblem::toString).toList()));
        }
    }
}
