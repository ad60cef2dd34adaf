package org.thingconform.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thingconform.result.Verdict;

/**
 * One clause's verdicts over the last runs, so a CI engineer sees whether a FAIL is new, a PASS a fix,
 * or the clause flaky, without opening older reports.
 *
 * @param previous the verdicts of the earlier runs kept, the latest first (absent where a run did not select it)
 * @param mark     what they and this run's verdict say, if anything
 */
public record ClauseTrend(List<Verdict> previous, Optional<TrendMark> mark) {

    public ClauseTrend {
        previous = List.copyOf(previous);
    }

    /** The trend of a clause whose verdict is {@code now} after {@code previous} (latest first). */
    public static ClauseTrend of(Verdict now, List<Verdict> previous) {
        List<Verdict> all = new ArrayList<>();
        all.add(now);
        all.addAll(previous);
        List<Verdict> decided = all.stream().filter(v -> v == Verdict.PASS || v == Verdict.FAIL).toList();
        int flips = 0;
        for (int i = 1; i < decided.size(); i++) {
            flips += decided.get(i) != decided.get(i - 1) ? 1 : 0;
        }
        Verdict before = previous.isEmpty() ? null : previous.get(0);
        Optional<TrendMark> mark;
        if (flips >= 2) {
            mark = Optional.of(TrendMark.FLAKY);
        } else if (now == Verdict.FAIL && before != null && before != Verdict.FAIL) {
            mark = Optional.of(TrendMark.NEWLY_FAILING);
        } else if (now == Verdict.PASS && before == Verdict.FAIL) {
            mark = Optional.of(TrendMark.FIXED);
        } else {
            mark = Optional.empty();
        }
        return new ClauseTrend(previous, mark);
    }
}
