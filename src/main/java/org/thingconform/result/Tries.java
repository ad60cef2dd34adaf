package org.thingconform.result;

import java.util.List;

/**
 * How the tries of one test went when the run confirmed its verdict ({@code run --confirm N}): a
 * test that did not pass ran {@code total} times (1 + N), and {@code agreed} of those tries gave the
 * verdict reported. Every try's verdict and reason is kept, so a lab sees what varied.
 *
 * @param total  n: how many times the test ran
 * @param agreed k: how many tries gave the reported verdict
 * @param each   every try's verdict and reason, in the order they ran
 */
public record Tries(int total, int agreed, List<Try> each) {

    public Tries {
        each = List.copyOf(each);
    }

    /** Whether some try gave another verdict than the one reported. */
    public boolean disagreed() {
        return agreed < total;
    }

    /**
     * One try of a test.
     *
     * @param reason why it did not pass, or null for a PASS
     */
    public record Try(Verdict verdict, String reason) {
    }
}
