package org.thingconform.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.thingconform.journal.RunRequest;

/**
 * {@code evidence/run.json}: what ran, how, on what, when, against which platform and with
 * which verdicts, in one file.
 *
 * @param certify   whether this was a certification run
 * @param command   the run's command line (paths relative to the project folder where they lie below it)
 * @param request   every option of the run as its journal recorded it
 * @param resumed   when the run was resumed after an interruption
 * @param completed whether every selected test has a result
 * @param summary   the verdict summary of the clause matrix
 * @param schemas   the schema files under {@code schemas/}
 */
public record EvidenceRun(String format, boolean certify, String command, RunRequest request, Instant start,
                          Instant end, List<Instant> resumed, boolean completed, PlatformFacts platform,
                          List<ProfileEdition> profiles, JsonNode summary, List<EvidenceInput> inputs,
                          List<String> schemas, SuiteBuild suite, Environment environment) {

    /** The file name inside {@code evidence/}. */
    public static final String FILE_NAME = "run.json";
    /** The value of {@code format}, for readers of later versions. */
    public static final String FORMAT = "thingconform-evidence/1";
}
