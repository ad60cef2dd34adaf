package org.thingconform.result;

import java.util.List;

/**
 * How much of a standard's edition a run's profile covers, as the reports show it: the counts over the statements
 * that bind the server (or either side), and the ids of the statements not yet covered.
 *
 * @param statements every statement of the standard's list
 * @param serverSide the statements a suite playing the client can hold a platform to
 * @param gap        the server-side statements neither covered nor explained, in the list's order
 */
public record StandardCoverage(String standard, String edition, String profile, int statements, long serverSide,
                               long covered, long untestable, List<String> gap) {

    public StandardCoverage {
        gap = List.copyOf(gap);
    }

    /** Covered over server-side statements (1 when there are none). */
    public double coveredShare() {
        return serverSide == 0 ? 1 : (double) covered / serverSide;
    }

    /** One line: "26 of 110 server-side statements covered (23.6 %), 3 untestable with a reason, 81 not yet". */
    public String line() {
        return covered + " of " + serverSide + " server-side statements covered ("
                + percent(coveredShare()) + "), " + untestable
                + " untestable with a reason, " + gap.size() + " not yet covered";
    }

    /** A share as a percentage with one decimal, as coverage figures are shown: "23.6 %". */
    public static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", share * 100);
    }
}
