package org.thingconform.mutation;

import java.time.Instant;
import java.util.List;
import org.thingconform.result.ProfileFile;

/**
 * A mutation run as written to {@value #FILE_NAME}: when and with what it ran, the score, and
 * the classified matrix, so a judge of the suite can archive and re-read the evidence.
 *
 * @param suiteVersion the ThingConform version
 * @param start        when the run started (before the platform started)
 * @param end          when it ended
 * @param profiles     the profiles whose clauses ran, with their hashes
 * @param score        faults caught of faults run
 * @param clean        no missed fault, no unguarded MUST clause, no false alarm
 * @param matrix       the verdicts, classified
 */
public record MutationReport(String suiteVersion, Instant start, Instant end, List<ProfileFile> profiles,
                             MutationScore score, boolean clean, MutationMatrix matrix) {

    /** The JSON file name inside the output folder. */
    public static final String FILE_NAME = "mutation-matrix.json";

    public MutationReport {
        profiles = List.copyOf(profiles);
    }

    public static MutationReport of(String suiteVersion, Instant start, Instant end, List<ProfileFile> profiles,
                                    MutationMatrix matrix) {
        return new MutationReport(suiteVersion, start, end, profiles, matrix.score(), matrix.clean(), matrix);
    }
}
