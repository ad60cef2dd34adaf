package org.thingconform.shard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deals a run's tests to its shards ({@link ShardSpec#PARTITION_RULE}): the test ids are sorted (by their
 * text, so every machine and JVM sorts them alike) and dealt round-robin. The same tests and count give
 * every shard the same partition; the shards together hold every test once; their sizes differ by at most
 * one. The unit is a test as the journal keys it: a clause, a clause over one binding, or one generated
 * case, so a generated clause's cases spread over all shards (their clause verdict is combined at merge, as
 * in one run).
 */
public final class ShardPartition {

    private ShardPartition() {
    }

    /** The ids among {@code testIds} that {@code shard} runs, sorted. */
    public static List<String> of(ShardSpec shard, Set<String> testIds) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(testIds));
        List<String> mine = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            if (shard.owns(k)) {
                mine.add(sorted.get(k));
            }
        }
        return mine;
    }
}
