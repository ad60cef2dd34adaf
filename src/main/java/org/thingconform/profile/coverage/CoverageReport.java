package org.thingconform.profile.coverage;

import java.util.List;
import java.util.function.Predicate;

/**
 * How much of a standard's edition a profile covers. The shares count the statements that bind the server (or
 * either side), the ones a suite playing the client can hold a platform to; statements that bind only the client
 * are listed, untestable, and left out of the shares.
 *
 * @param profile         the profile's id
 * @param list            the statements
 * @param statements      each statement's standing, in the list's order
 * @param outsideTheList  the profile's clauses whose id is no statement of the list (the suite's own checks)
 */
public record CoverageReport(String profile, StatementList list, List<StatementCoverage> statements,
                             List<String> outsideTheList) {

    public CoverageReport {
        statements = List.copyOf(statements);
        outsideTheList = List.copyOf(outsideTheList);
    }

    /** Every statement of the list. */
    public int total() {
        return statements.size();
    }

    /** The statements that bind the server or either side. */
    public long serverSide() {
        return count(s -> true);
    }

    /** Server-side statements a clause tests. */
    public long covered() {
        return count(s -> s.standing() == Standing.COVERED);
    }

    /** Server-side statements the suite cannot test, each with a reason. */
    public long untestable() {
        return count(s -> s.standing() == Standing.UNTESTABLE);
    }

    /** Server-side statements neither tested nor explained: the gap. */
    public long notCovered() {
        return count(s -> s.standing() == Standing.NOT_COVERED);
    }

    /** Covered over server-side statements (1 when there are none). */
    public double coveredShare() {
        return serverSide() == 0 ? 1 : (double) covered() / serverSide();
    }

    /** Covered or untestable with a reason, over server-side statements (1 when there are none). */
    public double decidedShare() {
        return serverSide() == 0 ? 1 : (double) (covered() + untestable()) / serverSide();
    }

    /** The counts and the gap as the reports show them. */
    public org.thingconform.result.StandardCoverage summary() {
        return new org.thingconform.result.StandardCoverage(list.standard(), list.edition(), profile, total(), serverSide(),
                covered(), untestable(), statements.stream().filter(s -> s.statement().binds().server())
                        .filter(s -> s.standing() == Standing.NOT_COVERED).map(s -> s.statement().id()).toList());
    }

    private long count(Predicate<StatementCoverage> which) {
        return statements.stream().filter(s -> s.statement().binds().server()).filter(which).count();
    }
}
