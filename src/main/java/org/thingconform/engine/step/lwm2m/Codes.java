package org.thingconform.engine.step.lwm2m;

import java.util.List;
import org.thingconform.engine.StepFailure;
import org.thingconform.protocol.lwm2m.Lwm2mOutcome;

/** Checks a CoAP answer's code against a step's expected codes, with a reason naming both. */
final class Codes {

    private Codes() {
    }

    /**
     * Passes when {@code outcome}'s code is one of {@code expected}; FAIL naming the code and the answer
     * otherwise, INCONCLUSIVE when no answer came at all.
     */
    static void check(String what, Lwm2mOutcome outcome, List<String> expected) {
        if (outcome.code().isEmpty()) {
            throw StepFailure.inconclusive("expected the server to answer the " + what + " with "
                    + String.join(" or ", expected) + "; no answer came within the reply timeout");
        }
        String code = outcome.code().get();
        if (!expected.contains(code)) {
            throw StepFailure.fail("expected the server to answer the " + what + " with " + String.join(" or ", expected)
                    + "; observed " + code + (outcome.payloadText().isEmpty() ? "" : " " + outcome.payloadText()));
        }
    }
}
