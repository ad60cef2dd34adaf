package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.platform.Secret;
import org.thingconform.shard.ShardSpec;
import org.thingconform.source.BadInputException;

/**
 * Shards that test one platform at once never share a device: each takes its slice of every role's
 * device and pool, the slices together are every device, and too few devices for the shards is refused.
 */
class ShardDevicesTest {

    @Test
    void threeShardsTakeDisjointSlicesThatTogetherAreEveryDevice() {
        PlatformDescriptor whole = descriptor(7);
        List<String> seen = new ArrayList<>();

        for (int i = 1; i <= 3; i++) {
            PlatformDescriptor shard = ShardDevices.slice(whole, new ShardSpec(i, 3));
            int lanes = shard.lanes(List.of("meter"));
            assertThat(lanes).as("shard %d of 3 gets 2 or 3 of 7 devices", i).isBetween(2, 3);
            IntStream.range(0, lanes).forEach(lane -> seen.add(shard.device("meter", lane).deviceName()));
            assertThat(shard.device("meter", lanes)).isNull();
        }

        assertThat(seen).hasSize(7).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 7).mapToObj(n -> "meter-" + n).toList());
    }

    @Test
    void aRoleWithFewerDevicesThanShardsIsRefusedNamingIt() {
        assertThatThrownBy(() -> ShardDevices.slice(descriptor(2), new ShardSpec(1, 3)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("shard 1/3 has no device of role 'meter'")
                .hasMessageContaining("expected at least 3");
    }

    @Test
    void oneShardKeepsEveryDevice() {
        PlatformDescriptor whole = descriptor(4);

        PlatformDescriptor shard = ShardDevices.slice(whole, new ShardSpec(1, 1));

        Set<String> names = new HashSet<>();
        IntStream.range(0, 4).forEach(lane -> names.add(shard.device("meter", lane).deviceName()));
        assertThat(names).hasSize(4);
        assertThat(shard.device("meter", 0)).isEqualTo(whole.device("meter", 0));
    }

    /** One role, "meter", with {@code count} devices: its own and a pool of count − 1. */
    private static PlatformDescriptor descriptor(int count) {
        List<DeviceIdentity> all = IntStream.range(0, count)
                .mapToObj(n -> new DeviceIdentity("pk", "meter-" + n, new Secret("s" + n))).toList();
        return new PlatformDescriptor("a platform", new Endpoint("broker.example.com", 8883), null, Optional.empty(),
                Map.of("meter", all.get(0)), Map.of(), Map.of(), null, null, null, null, null, null, null,
                Map.of("meter", all.subList(1, count)));
    }
}
