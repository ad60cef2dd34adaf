package org.thingconform.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.shard.ShardSpec;
import org.thingconform.source.BadInputException;

/**
 * The devices a shard may use on a platform that every shard of a run tests at once: for each role,
 * the role's device and its pool, in the descriptor's order, cut into the shards' slices
 * ({@link ShardSpec#slice}); a shard's lane 0 is the first device of its slice, its pool the rest. So n
 * machines test one platform without two of them signing in as one device; within a shard, {@code --jobs}
 * keeps lanes apart as before. A role with fewer devices than shards cannot be cut: a clear refusal.
 */
final class ShardDevices {

    private ShardDevices() {
    }

    /**
     * The descriptor with only {@code shard}'s slice of each role's devices.
     *
     * @throws BadInputException when a role has fewer devices than the run has shards
     */
    static PlatformDescriptor slice(PlatformDescriptor descriptor, ShardSpec shard) {
        Map<String, DeviceIdentity> devices = new LinkedHashMap<>();
        Map<String, List<DeviceIdentity>> pools = new LinkedHashMap<>();
        for (Map.Entry<String, DeviceIdentity> role : descriptor.devices().entrySet()) {
            List<DeviceIdentity> all = new ArrayList<>();
            all.add(role.getValue());
            all.addAll(descriptor.pools().getOrDefault(role.getKey(), List.of()));
            ShardSpec.Range mine = shard.slice(all.size());
            if (mine.size() == 0) {
                throw new BadInputException("error: shard " + shard.label() + " has no device of role '" + role.getKey()
                        + "': the descriptor names " + all.size() + " (its device and pool), and shards against one "
                        + "platform each take their own; expected at least " + shard.count()
                        + " (add a pool to the role, or run fewer shards)");
            }
            devices.put(role.getKey(), all.get((int) mine.from()));
            pools.put(role.getKey(), List.copyOf(all.subList((int) mine.from() + 1, (int) mine.to())));
        }
        return descriptor.withDevices(devices, pools);
    }
}
