package org.thingconform.engine.step;

import java.util.List;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.step.TdAssertionStep;
import org.thingconform.thingmodel.wot.TdAssertion;
import org.thingconform.thingmodel.wot.TdAssertions;

/** Checks a fetched TD for one TD 1.1 assertion of the catalogue; each violation is named in the reason. */
final class TdAssertionExecutor implements StepExecutor<TdAssertionStep> {

    @Override
    public void execute(TdAssertionStep step, ClauseContext context) {
        FetchedTd fetched = FetchedTd.of(context, step.thing());
        TdAssertion assertion = TdAssertions.get(step.id()).orElseThrow();
        List<String> violations = assertion.violations(fetched.td());
        if (!violations.isEmpty()) {
            throw StepFailure.fail("expected the TD of Thing '" + step.thing() + "' (" + fetched.url() + ") to hold "
                    + step.id() + " (" + assertion.statement() + "); observed: " + String.join("; ", violations));
        }
    }
}
