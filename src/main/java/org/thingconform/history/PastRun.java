package org.thingconform.history;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thingconform.result.Verdict;

/**
 * One run as the verdict history keeps it: when it started and each clause's verdict.
 *
 * @param verdicts clause key ({@link VerdictHistory#key}) → verdict, in the run's order
 */
public record PastRun(Instant start, String suiteVersion, Map<String, Verdict> verdicts) {

    public PastRun {
        verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
    }
}
