package org.thingconform.waiver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.ClauseVerdicts;
import org.thingconform.result.Verdict;

/**
 * The waivers of a run, as read from one waivers file, and which FAIL results they waive. A
 * result (a test, a generated case) is waived when it is a FAIL some entry covers; a clause is
 * waived when its verdict is FAIL and every FAIL among its tests is waived. Nothing here
 * changes a verdict.
 *
 * @param file    the waivers file (absolute), or null when the run has none
 * @param sha256  the hex SHA-256 of the file's content, or null
 * @param entries the entries, in file order
 */
public record Waivers(Path file, String sha256, List<Waiver> entries) {

    /** No waivers file. */
    public static final Waivers NONE = new Waivers(null, null, List.of());

    public Waivers {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entry that waives {@code result}, when it is a FAIL one covers. */
    public Optional<Waiver> of(ClauseResult result) {
        return result.verdict() != Verdict.FAIL ? Optional.empty()
                : entries.stream().filter(w -> w.waives(result)).findFirst();
    }

    /**
     * The entry that waives the clause whose tests gave {@code parts} (its generated cases, its
     * bindings): present when the clause's verdict is FAIL and every FAIL among them is waived;
     * the first such entry.
     */
    public Optional<Waiver> ofClause(List<ClauseResult> parts) {
        if (parts.isEmpty() || isEmpty() || ClauseVerdicts.perClause(parts).get(0).verdict() != Verdict.FAIL) {
            return Optional.empty();
        }
        Waiver first = null;
        for (ClauseResult part : parts) {
            if (part.verdict() == Verdict.FAIL) {
                Optional<Waiver> waiver = of(part);
                if (waiver.isEmpty()) {
                    return Optional.empty();
                }
                first = first == null ? waiver.get() : first;
            }
        }
        return Optional.ofNullable(first);
    }

    /** The waiving entry of each waived clause among {@code results}, keyed by profile id and clause id. */
    public Map<String, Waiver> byClause(List<ClauseResult> results) {
        Map<String, List<ClauseResult>> grouped = new LinkedHashMap<>();
        results.forEach(r -> grouped.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r));
        Map<String, Waiver> waived = new LinkedHashMap<>();
        grouped.forEach((key, parts) -> ofClause(parts).ifPresent(w -> waived.put(key, w)));
        return waived;
    }

    /** The entries that waive at least one FAIL among {@code results}, in file order. */
    public List<Waiver> used(List<ClauseResult> results) {
        Set<Waiver> used = new LinkedHashSet<>();
        results.forEach(r -> entries.stream().filter(w -> w.waives(r)).forEach(used::add));
        return entries.stream().filter(used::contains).toList();
    }

    /** The key {@link #byClause} uses for a result's clause. */
    public static String key(ClauseResult result) {
        return result.clause().profile() + "\u0000" + result.clause().clauseId();
    }
}
