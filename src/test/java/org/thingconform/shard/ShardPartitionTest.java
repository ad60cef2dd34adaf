package org.thingconform.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thingconform.source.BadInputException;

/** The partition of a run's tests into shards: deterministic, complete, disjoint and balanced. */
class ShardPartitionTest {

    /** Test ids as the engine makes them: plain clauses, binding runs and the generated cases of a clause. */
    private static Set<String> tests() {
        Set<String> ids = new LinkedHashSet<>();
        String profile = "[engine:thingconform]/[profile:test-profiles%2Ftsl-alink-mqtt%2Fprofile.yaml]";
        for (String binding : List.of("alink-mqtt", "alink-mqtt5", "alink-coap")) {
            ids.add(profile + "/[clause:TM-5.1.1]/[binding:" + binding + "]");
            for (int c = 0; c < 17; c++) {
                ids.add(profile + "/[clause:TM-6.1.1]/[binding:" + binding + "]/[case:voltage%2Fvalid." + c + "]");
            }
        }
        ids.add("[engine:thingconform]/[profile:test-profiles%2Fwot-td%2Fprofile.yaml]/[clause:td-context]");
        return ids;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 55, 60})
    void theShardsTogetherHoldEveryTestOnceAndDifferInSizeByAtMostOne(int count) {
        Set<String> all = tests();
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            List<String> mine = ShardPartition.of(new ShardSpec(i, count), all);
            seen.addAll(mine);
            sizes.add(mine.size());
        }
        assertThat(seen).as("disjoint").doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).as("complete").isEqualTo(all);
        assertThat(Collections.max(sizes) - Collections.min(sizes)).as("balanced: " + sizes).isLessThanOrEqualTo(1);
    }

    @Test
    void theSameTestsGiveTheSamePartitionWhateverTheirOrder() {
        List<String> shuffled = new ArrayList<>(tests());
        Collections.shuffle(shuffled, new Random(7));
        for (int i = 1; i <= 3; i++) {
            assertThat(ShardPartition.of(new ShardSpec(i, 3), new LinkedHashSet<>(shuffled)))
                    .isEqualTo(ShardPartition.of(new ShardSpec(i, 3), tests()));
        }
    }

    @Test
    void theGeneratedCasesOfOneClauseSpreadOverEveryShard() {
        for (int i = 1; i <= 3; i++) {
            assertThat(ShardPartition.of(new ShardSpec(i, 3), tests()))
                    .filteredOn(id -> id.contains("[clause:TM-6.1.1]/[binding:alink-mqtt]/")).hasSizeBetween(5, 6);
        }
    }

    @Test
    void shardIsReadAsIOfN() {
        assertThat(ShardSpec.parse(" 2/3 ", "--shard")).isEqualTo(new ShardSpec(2, 3));
        assertThat(ShardSpec.parse("1/1", "--shard").label()).isEqualTo("1/1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/3", "4/3", "3", "a/b", "/3", "2/0", "-1/2"})
    void aShardThatDoesNotExistIsRefusedInOneLine(String text) {
        assertThatThrownBy(() -> ShardSpec.parse(text, "--shard")).isInstanceOf(BadInputException.class)
                .hasMessage("error: --shard '" + text + "' is not a shard; expected i/n with 1 <= i <= n, e.g. 2/3");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 10, 1000, 1001})
    void theSlicesOfARangeAreContiguousDisjointCompleteAndBalanced(long size) {
        long next = 0;
        List<Long> sizes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ShardSpec.Range range = new ShardSpec(i, 3).slice(size);
            assertThat(range.from()).isEqualTo(next);
            next = range.to();
            sizes.add(range.size());
        }
        assertThat(next).isEqualTo(size);
        assertThat(Collections.max(sizes) - Collections.min(sizes)).isLessThanOrEqualTo(1);
    }
}
