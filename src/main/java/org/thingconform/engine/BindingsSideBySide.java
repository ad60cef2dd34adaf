package org.thingconform.engine;

import java.util.List;
import java.util.function.BiFunction;
import org.thingconform.result.ClauseResult;

/**
 * Runs the binding runs of one clause (its children in the JUnit tree) side by side, each on a thread of
 * its own whose tests take lanes as they run ({@link Lanes}), and hands their JUnit Platform events on in
 * declaration order ({@link InOrder}), as a run that takes the bindings one after the other does.
 */
final class BindingsSideBySide {

    private BindingsSideBySide() {
    }

    /**
     * Runs {@code run} for each of {@code bindings} with an execution whose events are kept, and returns the
     * results in binding order, the events handed on to {@code execution}'s listener.
     */
    static List<ClauseResult> run(List<ClauseDescriptor> bindings, ClauseExecution execution,
                                  BiFunction<ClauseDescriptor, ClauseExecution, List<ClauseResult>> run) {
        try (InOrder inOrder = new InOrder(execution.listener(), "thingconform-binding", bindings.size())) {
            bindings.forEach(binding -> inOrder.start(events -> run.apply(binding, execution.reportingTo(events))));
            return inOrder.results();
        }
    }
}
