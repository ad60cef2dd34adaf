package org.thingconform.report;

import java.util.List;
import org.thingconform.result.ClauseResult;
import org.thingconform.waiver.Waiver;
import org.thingconform.waiver.Waivers;

/**
 * The waivers a run was given, as its manifest records them: the file and its SHA-256, every
 * entry, and the entries that waived at least one FAIL.
 *
 * @param file    the waivers file (absolute)
 * @param sha256  the hex SHA-256 of its content when the run read it
 * @param entries every entry of the file
 * @param used    the entries that waived at least one FAIL of this run
 */
public record RunWaivers(String file, String sha256, List<Waiver> entries, List<Waiver> used) {

    public RunWaivers {
        entries = List.copyOf(entries);
        used = List.copyOf(used);
    }

    /** The record of {@code waivers} over {@code results}, or null when the run had no waivers file. */
    public static RunWaivers of(Waivers waivers, List<ClauseResult> results) {
        return waivers.file() == null ? null
                : new RunWaivers(waivers.file().toString(), waivers.sha256(), waivers.entries(), waivers.used(results));
    }
}
