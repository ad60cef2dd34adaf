package org.thingconform.mutation;

import java.util.List;
import org.thingconform.platform.FaultInfo;

/** The verdicts of every selected clause with one fault switched on: the raw input of the classification. */
public record FaultRun(FaultInfo fault, List<ClauseOutcome> outcomes) {

    public FaultRun {
        outcomes = List.copyOf(outcomes);
    }
}
