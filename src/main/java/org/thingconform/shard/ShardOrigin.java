package org.thingconform.shard;

import java.time.Instant;

/**
 * One shard a merged run combined, as its journal and manifest record it, so an archived merge says
 * where each part came from and whether it was whole.
 *
 * @param shard     {@code i/n}
 * @param folder    the shard's results folder, as given to {@code merge}; null for a missing shard
 * @param digest    the SHA-256 of the file named by {@code digestOf}, which stands for the folder; null when missing
 * @param digestOf  {@code evidence/SHA256SUMS} (covers every report of the folder) or, for a shard that wrote
 *                  no evidence, {@code journal.jsonl}; null when missing
 * @param host      the host the shard ran on, as its journal recorded it (null when unknown)
 * @param start     when the shard started
 * @param end       when its journal was last written
 * @param completed whether every test of the shard has a result (else the rest are NOT_RUN)
 * @param results   how many test results the shard holds
 */
public record ShardOrigin(String shard, String folder, String digest, String digestOf, String host, Instant start,
                          Instant end, boolean completed, int results) {

    /** A shard that no folder holds: its tests are NOT_RUN. */
    public static ShardOrigin missing(ShardSpec shard) {
        return new ShardOrigin(shard.label(), null, null, null, null, null, null, false, 0);
    }
}
