package org.thingconform.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.thingconform.engine.CaseDescriptor;
import org.thingconform.engine.ClauseDescriptor;
import org.thingconform.engine.ThingConformTestEngine;
import org.thingconform.result.Conformance;
import org.thingconform.result.Level;
import org.thingconform.result.ShownVerdict;
import org.thingconform.result.Verdict;

/**
 * Prints one line per clause as verdicts arrive (id, level, verdict, reason when not
 * PASS; a FAIL a waiver covers as {@code FAIL (waived: reason)}, a confirmed verdict with its tries as
 * {@code FAIL (intermittent: 2 of 4)} or {@code FAIL (4 of 4 tries)}), with the generated cases that
 * did not pass indented below their clause, and keeps the clause verdicts, the waived and the
 * intermittent FAILs and the conformance for the summary and the exit code. Reads them from the engine's report
 * entries, so it works for any launcher run of the engine.
 */
final class VerdictPrinter implements TestExecutionListener {

    private final PrintStream out;
    private final Map<String, String[]> pending = new ConcurrentHashMap<>();
    private final List<Verdict> verdicts = new ArrayList<>();
    private int waived;
    private int intermittent;
    private Conformance conformance = Conformance.CONFORMANT;
    private volatile String firstReplayable;

    VerdictPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        Map<String, String> values = entry.getKeyValuePairs();
        if (values.containsKey(ThingConformTestEngine.VERDICT_KEY)) {
            pending.put(test.getUniqueId(), new String[] {values.get(ThingConformTestEngine.VERDICT_KEY),
                    values.get(ThingConformTestEngine.REASON_KEY), values.get(ThingConformTestEngine.WAIVED_KEY),
                    values.get(ThingConformTestEngine.AGREED_KEY), values.get(ThingConformTestEngine.TRIES_KEY)});
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (isClause(test)) {
            print(test, Verdict.NOT_APPLICABLE, reason, null, null);
        } else if (reason != null && reason.contains("ICS mismatch:")) {
            indented(test, Verdict.NOT_APPLICABLE.name(), reason); // the platform did what it answered it does not
        }
        // any other binding the clause does not apply to is in the matrix; the clause line carries the verdict
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.getParentIdObject().isEmpty()) {
            if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                out.println("error: " + result.getThrowable().map(Throwable::getMessage).orElse("the run failed"));
            }
            return;
        }
        String[] verdict = pending.remove(test.getUniqueId());
        Verdict v = verdict == null ? Verdict.ERROR : Verdict.valueOf(verdict[0]);
        String reason = verdict == null ? result.getThrowable().map(Throwable::getMessage).orElse("no verdict") : verdict[1];
        String waiver = verdict == null || v != Verdict.FAIL ? null : verdict[2];
        int[] tries = verdict == null || verdict[4] == null ? null
                : new int[] {Integer.parseInt(verdict[3]), Integer.parseInt(verdict[4])};
        if (test.isTest() && firstReplayable == null && (v == Verdict.FAIL || v == Verdict.ERROR || v == Verdict.INCONCLUSIVE)) {
            firstReplayable = test.getUniqueId();
        }
        if (isCase(test) || isBinding(test)) {
            if (v != Verdict.PASS && v != Verdict.NOT_RUN) { // the clause line says NOT_RUN once
                indented(test, shown(v, tries, waiver), reason);
            }
        } else if (isClause(test)) {
            print(test, v, reason, waiver, tries);
        }
    }

    private static boolean isClause(TestIdentifier test) {
        return UniqueId.parse(test.getUniqueId()).getLastSegment().getType().equals(ClauseDescriptor.SEGMENT);
    }

    private static boolean isBinding(TestIdentifier test) {
        return UniqueId.parse(test.getUniqueId()).getLastSegment().getType().equals(ClauseDescriptor.BINDING_SEGMENT);
    }

    /**
     * A binding or a generated case that did not pass, under its clause: {@code [binding]}
     * then the case id, e.g. {@code alink-mqtt5 voltage/invalid.above-max}.
     */
    private synchronized void indented(TestIdentifier test, String verdict, String reason) {
        StringBuilder label = new StringBuilder();
        for (UniqueId.Segment segment : UniqueId.parse(test.getUniqueId()).getSegments()) {
            if (segment.getType().equals(ClauseDescriptor.BINDING_SEGMENT) || segment.getType().equals(CaseDescriptor.SEGMENT)) {
                label.append(label.length() == 0 ? "" : " ").append(segment.getValue());
            }
        }
        out.println("    " + label + "  " + verdict + (reason == null ? "" : "  " + reason));
    }

    /** The verdict as reports show it, with its tries ({@code agreed, total}; null: one try) and its waiver. */
    private static String shown(Verdict verdict, int[] tries, String waiver) {
        return tries == null ? ShownVerdict.of(verdict, 0, 0, waiver) : ShownVerdict.of(verdict, tries[0], tries[1], waiver);
    }

    private static boolean isCase(TestIdentifier test) {
        return UniqueId.parse(test.getUniqueId()).getLastSegment().getType().equals(CaseDescriptor.SEGMENT);
    }

    /** The unique id of the first test that failed or was not decided, if any: the one worth replaying first. */
    java.util.Optional<String> firstReplayable() {
        return java.util.Optional.ofNullable(firstReplayable);
    }

    /** The exit code of the verdicts printed so far (see {@link ExitCode#of(java.util.Collection, int)}). */
    synchronized int exitCode() {
        return ExitCode.of(verdicts, waived);
    }

    /** A one-line count per verdict, the waived and the intermittent FAILs counted apart, and the conformance. */
    synchronized String summary() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        verdicts.forEach(v -> counts.merge(v, 1, Integer::sum));
        StringBuilder line = new StringBuilder().append(verdicts.size()).append(" clause(s):");
        for (Verdict v : Verdict.values()) {
            line.append(' ').append(counts.getOrDefault(v, 0)).append(' ').append(v);
            if (v == Verdict.FAIL && (waived > 0 || intermittent > 0)) {
                List<String> apart = new ArrayList<>();
                if (intermittent > 0) {
                    apart.add(intermittent + " intermittent");
                }
                if (waived > 0) {
                    apart.add(waived + " waived");
                }
                line.append(" (").append(String.join(", ", apart)).append(")");
            }
            if (v != Verdict.ERROR) {
                line.append(',');
            }
        }
        return line.append(" — ").append(conformance.label()).toString();
    }

    private synchronized void print(TestIdentifier test, Verdict verdict, String reason, String waiver, int[] tries) {
        verdicts.add(verdict);
        waived += waiver == null ? 0 : 1;
        intermittent += verdict == Verdict.FAIL && tries != null && tries[0] < tries[1] ? 1 : 0;
        UniqueId id = UniqueId.parse(test.getUniqueId());
        String clause = id.getLastSegment().getValue();
        String level = test.getTags().stream().map(t -> t.getName().toUpperCase(Locale.ROOT))
                .filter(t -> t.equals("MUST") || t.equals("SHOULD") || t.equals("MAY")).findFirst().orElse("");
        conformance = conformance.with(Level.parse(level), verdict, waiver != null);
        String line = String.format("%-14s %-6s %-14s", clause, level, shown(verdict, tries, waiver));
        out.println(verdict == Verdict.PASS || reason == null ? line.stripTrailing() : line + " " + reason);
    }
}
