package org.thingconform.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.thingconform.result.ProfileFile;
import org.thingconform.result.RunInfo;
import org.thingconform.shard.ShardOrigin;
import org.thingconform.shard.ShardSpec;

/**
 * The record of what ran, against what, where and when, written to {@code run-manifest.json}
 * so an archived report can be verified later: profile hashes, hashes of the clause matrix
 * files, the platform descriptor (secrets masked), the faults and the environment.
 *
 * @param durationMs   run duration in milliseconds, or null when start or end is unknown
 * @param platformName the platform's human name
 * @param platform     the platform descriptor tree, with any secret-looking value masked
 * @param reportFiles  report file name → SHA-256 of its content
 * @param command      the command that reruns this run's selection (a test's replay adds {@code --case})
 * @param resumed      when the run was resumed after an interruption, oldest first
 * @param runKind      "certification run" or "not a certification run"
 * @param icsMismatches where the platform behaved unlike its ICS answers
 * @param waivers      the waivers file, its hash, its entries and those used; null when the run had none
 * @param confirm      how many more tries a test that did not pass got ({@code run --confirm}); 0: one try each.
 *                     {@code summary.intermittent} counts the FAILs that did not reproduce on every try
 * @param shard        for one shard of a sharded run ({@code run --shard i/n}): which one and the partition rule;
 *                     null otherwise
 * @param shards       for a merged run ({@code thingconform merge}): every shard, with its folder's digest, host and
 *                     times (a missing shard with nulls); empty otherwise
 */
public record RunManifest(String suiteVersion, Instant start, Instant end, Long durationMs, Duration duration,
                          String platformName, Map<String, Object> platform, List<ProfileFile> profiles,
                          List<String> faults, String javaVersion, String javaVendor, String osName,
                          String osVersion, String osArch, VerdictSummary summary,
                          Map<String, String> reportFiles, String command, List<Instant> resumed, String runKind,
                          List<IcsMismatchRow> icsMismatches, RunWaivers waivers, int confirm,
                          ShardPart shard, List<ShardOrigin> shards) {

    /** The file name inside a results folder. */
    public static final String FILE_NAME = "run-manifest.json";

    /**
     * Which part of a sharded run a manifest is, or (for a merge) how its shards were dealt.
     *
     * @param of        {@code i/n} for a shard, {@code n} shards for a merge
     * @param partition the rule that dealt the tests ({@link ShardSpec#PARTITION_RULE})
     */
    public record ShardPart(String of, String partition) {

        static ShardPart of(RunInfo run) {
            if (run.shard() != null) {
                return new ShardPart(run.shard().label(), ShardSpec.PARTITION_RULE);
            }
            return run.shards().isEmpty() ? null : new ShardPart(run.shards().size() + " shards", ShardSpec.PARTITION_RULE);
        }
    }

    /** The manifest of {@code run}, on this JVM and OS. */
    public static RunManifest of(RunInfo run, VerdictSummary summary, Map<String, String> reportFiles) {
        return of(run, summary, reportFiles, List.of(), null);
    }

    /** The manifest of {@code run}, with the ICS mismatches it found and its {@code waivers} (null: none). */
    public static RunManifest of(RunInfo run, VerdictSummary summary, Map<String, String> reportFiles,
                                 List<IcsMismatchRow> icsMismatches, RunWaivers waivers) {
        Duration duration = RunFacts.duration(run);
        return new RunManifest(run.suiteVersion(), run.start(), run.end(),
                duration == null ? null : duration.toMillis(), duration, RunFacts.platformName(run),
                SecretMasker.mask(run.platform()), run.profiles(), run.faults(),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                summary, Collections.unmodifiableMap(new TreeMap<>(reportFiles)), run.replay(), run.resumed(), run.kind().label(),
                icsMismatches, waivers, run.confirm(), ShardPart.of(run), run.shards());
    }
}
