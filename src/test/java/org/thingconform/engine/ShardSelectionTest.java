package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The engine narrows its test tree to one shard ({@value EngineConfig#SHARD}): the shards of a selection with
 * binding runs and generated cases hold every test of it once, and no clause is left without tests.
 */
class ShardSelectionTest {

    private static final Map<String, String> SELECTION = Map.of(EngineConfig.CLAUSES, "TM-5.1.1,TM-5.2.1,TM-6.2.1",
            EngineConfig.BINDINGS, "alink-mqtt,alink-mqtt5", EngineConfig.SEED, "42",
            EngineConfig.CLOCK, "2026-12-04T17:00:00Z");

    @Test
    void threeShardsHoldEveryTestOfTheSelectionOnceAndNoEmptyClause() {
        List<String> whole = tests(discover(null));
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            TestDescriptor shard = discover(i + "/3");
            List<String> mine = tests(shard);
            seen.addAll(mine);
            sizes.add(mine.size());
            assertThat(shard.getDescendants()).as("no container left without tests")
                    .filteredOn(d -> d.getType() == TestDescriptor.Type.CONTAINER && d.getChildren().isEmpty()).isEmpty();
            assertThat(discover(i + "/3").getDescendants()).as("the same on every discovery")
                    .extracting(d -> d.getUniqueId().toString())
                    .containsExactlyElementsOf(shard.getDescendants().stream().map(d -> d.getUniqueId().toString()).toList());
        }
        assertThat(whole).hasSize(2 + 2 + 16).anyMatch(id -> id.contains("[case:"));
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(whole);
        assertThat(sizes).containsOnly(6, 7);
        Set<String> clausesOfShard1 = new HashSet<>();
        tests(discover("1/3")).forEach(id -> clausesOfShard1.add(id.replaceAll(".*\\[clause:([^]]+)].*", "$1")));
        assertThat(clausesOfShard1).as("a shard holds parts of several clauses").hasSizeGreaterThan(1);
    }

    @Test
    void aFleetClauseIsEveryShardsAndTheOtherTestsAreDealt() {
        Map<String, String> selection = Map.of(EngineConfig.CLAUSES, "CAP-MQTT-1,CAP-MQTT-2,MQTT-3.1.0-1,MQTT-3.1.0-2,"
                + "MQTT-3.2.2-1,MQTT-3.8.4-1");
        List<String> fleets = List.of("CAP-MQTT-1", "CAP-MQTT-2");
        List<String> dealt = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            List<String> mine = tests(discover(i + "/2", selection, "test-profiles/capacity/mqtt-broker-capacity.profile.yaml",
                    "test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml"));
            assertThat(mine).as("shard %s/2 drives its part of each fleet", i)
                    .filteredOn(id -> fleets.stream().anyMatch(f -> id.contains("[clause:" + f + "]"))).hasSize(2);
            mine.stream().filter(id -> fleets.stream().noneMatch(f -> id.contains("[clause:" + f + "]"))).forEach(dealt::add);
        }
        assertThat(dealt).as("the other tests dealt, each once").hasSize(4).doesNotHaveDuplicates();
    }

    private static TestDescriptor discover(String shard) {
        return discover(shard, SELECTION, "test-profiles/tsl-alink-mqtt/profile.yaml");
    }

    private static TestDescriptor discover(String shard, Map<String, String> selection, String... profiles) {
        EngineTestKit.Builder kit = EngineTestKit.engine(new ThingConformTestEngine())
                .selectors(java.util.Arrays.stream(profiles).map(p -> selectFile(p)).toArray(
                        org.junit.platform.engine.DiscoverySelector[]::new)).configurationParameters(selection);
        if (shard != null) {
            kit.configurationParameter(EngineConfig.SHARD, shard);
        }
        return kit.discover().getEngineDescriptor();
    }

    /** The unique ids of the tests (leaves under the profiles). */
    private static List<String> tests(TestDescriptor engine) {
        return engine.getDescendants().stream().filter(d -> d.getChildren().isEmpty() && d.getType() == TestDescriptor.Type.TEST)
                .map(d -> d.getUniqueId().toString()).toList();
    }
}
