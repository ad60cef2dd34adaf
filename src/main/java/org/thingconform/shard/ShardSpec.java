package org.thingconform.shard;

import org.thingconform.source.BadInputException;

/**
 * Which part of a sharded run this process runs: shard {@code index} of {@code count}
 * ({@code --shard 2/3}, engine parameter {@code thingconform.shard}). The shards of one run share the
 * selection, seed and count, so each computes the same {@link ShardPartition} and runs its own part.
 *
 * @param index which shard, 1 to {@code count}
 * @param count how many shards the run has, at least 1
 */
public record ShardSpec(int index, int count) {

    /** The rule every shard applies to the run's tests, as the journal and manifest name it. */
    public static final String PARTITION_RULE = "round-robin over the run's tests sorted by unique id: "
            + "the k-th test (from 0) goes to shard (k mod n) + 1";

    private static final String EXPECTED = "expected i/n with 1 <= i <= n, e.g. 2/3";

    public ShardSpec {
        if (count < 1 || index < 1 || index > count) {
            throw new BadInputException("error: shard " + index + "/" + count + " does not exist; " + EXPECTED);
        }
    }

    /**
     * Parses {@code i/n}.
     *
     * @param what how the user gave it, for the message ({@code --shard}, {@code thingconform.shard})
     * @throws BadInputException one line naming the text and what was expected
     */
    public static ShardSpec parse(String text, String what) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        try {
            if (slash > 0) {
                int index = Integer.parseInt(trimmed.substring(0, slash).trim());
                int count = Integer.parseInt(trimmed.substring(slash + 1).trim());
                if (count >= 1 && index >= 1 && index <= count) {
                    return new ShardSpec(index, count);
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadInputException("error: " + what + " '" + trimmed + "' is not a shard; " + EXPECTED);
    }

    /** {@code i/n}, as {@code --shard} takes it. */
    public String label() {
        return index + "/" + count;
    }

    /** Whether the test at {@code position} (from 0) of the sorted list of a run's tests is this shard's. */
    public boolean owns(int position) {
        return position % count == index - 1;
    }

    /**
     * This shard's slice of the range {@code [0, size)}: contiguous, the slices of the {@code count} shards
     * disjoint and together the whole range, their sizes differing by at most one.
     *
     * <p>The hook for fleets: a fleet step (a later change) that plays {@code size} devices gives each shard
     * the devices of its slice, so n machines play one fleet without two playing the same device. Whatever
     * the fleet measures per shard (latency histograms) is then added at merge, not averaged.
     */
    public Range slice(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("a range has no negative size: " + size);
        }
        return new Range(size * (index - 1) / count, size * index / count);
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * A half-open range {@code [from, to)} of positions, e.g. the devices of a fleet one shard plays.
     *
     * @param from the first position
     * @param to   one past the last position
     */
    public record Range(long from, long to) {

        /** How many positions the range holds. */
        public long size() {
            return to - from;
        }
    }
}
