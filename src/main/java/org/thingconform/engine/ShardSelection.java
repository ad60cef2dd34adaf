package org.thingconform.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.thingconform.shard.ShardPartition;
import org.thingconform.shard.ShardSpec;

/**
 * Narrows a discovered test tree to one shard ({@link EngineConfig#SHARD}): its tests are the leaves under the
 * profiles (a clause, a clause over one binding, a generated case, as the journal keys them), dealt by
 * {@link ShardPartition} (a fleet's test goes to every shard, each driving its part of the fleet); the others are removed, and so is a clause, binding group or profile left without
 * tests. Post-discovery filters ({@code --tag}, {@code --level}) act on each shard's part afterwards, the
 * same on every shard.
 */
final class ShardSelection {

    private ShardSelection() {
    }

    /** Removes from {@code engine}'s tree every test that is not {@code shard}'s. */
    static void keep(TestDescriptor engine, ShardSpec shard) {
        Map<String, TestDescriptor> tests = new LinkedHashMap<>();
        for (TestDescriptor profile : engine.getChildren()) {
            profile.getChildren().forEach(clause -> leaves(clause, tests));
        }
        // a fleet's test is every shard's: each drives its part of the fleet (ShardSpec.slice), merge adds them up
        Set<String> fleets = new HashSet<>();
        tests.forEach((id, test) -> {
            if (drivesFleet(test)) {
                fleets.add(id);
            }
        });
        Set<String> dealt = new HashSet<>(tests.keySet());
        dealt.removeAll(fleets);
        Set<String> mine = new HashSet<>(ShardPartition.of(shard, dealt));
        tests.forEach((id, test) -> {
            if (!mine.contains(id) && !fleets.contains(id)) {
                prune(test, engine);
            }
        });
    }

    /** Whether {@code test} belongs to a clause that drives a fleet. */
    private static boolean drivesFleet(TestDescriptor test) {
        TestDescriptor current = test;
        while (current != null && !(current instanceof ClauseDescriptor)) {
            current = current.getParent().orElse(null);
        }
        return current instanceof ClauseDescriptor clause && clause.clause().drivesFleet();
    }

    /** The tests at and under {@code descriptor}, by unique id. */
    private static void leaves(TestDescriptor descriptor, Map<String, TestDescriptor> tests) {
        if (descriptor.getChildren().isEmpty()) {
            tests.put(descriptor.getUniqueId().toString(), descriptor);
        } else {
            List.copyOf(descriptor.getChildren()).forEach(child -> leaves(child, tests));
        }
    }

    /** Removes {@code test}, then each container above it (below {@code engine}) that it left empty. */
    private static void prune(TestDescriptor test, TestDescriptor engine) {
        List<TestDescriptor> chain = new ArrayList<>();
        TestDescriptor current = test;
        while (current != null && current != engine) {
            chain.add(current);
            current = current.getParent().orElse(null);
        }
        for (TestDescriptor descriptor : chain) {
            if (descriptor != test && !descriptor.getChildren().isEmpty()) {
                return;
            }
            descriptor.removeFromHierarchy();
        }
    }
}
