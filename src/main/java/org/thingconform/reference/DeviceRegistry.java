package org.thingconform.reference;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.Secret;
import org.thingconform.thingmodel.ThingModel;

import org.thingconform.protocol.tls.TlsPeer;
/**
 * The devices registered on the reference platform, one per profile device role (and a pool of more
 * per role when a run asks), each with a fresh random device name suffix and a random
 * 32-hex-character secret.
 */
final class DeviceRegistry {

    private final SecureRandom random = new SecureRandom();
    private final Map<DeviceKey, RegisteredDevice> devices = new ConcurrentHashMap<>();
    private final Map<String, DeviceIdentity> byRole = new LinkedHashMap<>();
    private final Map<String, List<DeviceIdentity>> pools = new LinkedHashMap<>();

    /** Registers a device for {@code role} implementing {@code model}, not shared with the peer. */
    RegisteredDevice register(String role, ThingModel model) {
        return register(role, model, false);
    }

    /** Registers a device for {@code role} implementing {@code model}, shared with the peer or not. */
    synchronized RegisteredDevice register(String role, ThingModel model, boolean sharedWithPeer) {
        if (byRole.containsKey(role)) {
            throw new IllegalArgumentException("device role '" + role + "' is requested twice");
        }
        String deviceName = role.replaceAll("[^A-Za-z0-9_-]", "-") + "-" + hex(3);
        DeviceIdentity identity = new DeviceIdentity(model.productKey(), deviceName, new Secret(hex(16)),
                model.productKey() + "." + deviceName);
        RegisteredDevice device = new RegisteredDevice(role, identity, model, sharedWithPeer, new ThingState());
        devices.put(device.key(), device);
        byRole.put(role, identity);
        return device;
    }

    /**
     * Registers {@code count} more devices for {@code role} (registered before), each with its own name and
     * secret, never shared with the peer: a run gives them to tests that run side by side.
     */
    synchronized void registerPool(String role, int count) {
        RegisteredDevice first = devices.values().stream().filter(d -> d.role().equals(role)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("device role '" + role + "' is not registered"));
        List<DeviceIdentity> pool = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String deviceName = first.identity().deviceName() + "-" + (i + 1);
            DeviceIdentity identity = new DeviceIdentity(first.identity().productKey(), deviceName, new Secret(hex(16)),
                    first.identity().productKey() + "." + deviceName);
            RegisteredDevice device = new RegisteredDevice(role, identity, first.model(), false, new ThingState());
            devices.put(device.key(), device);
            pool.add(identity);
        }
        pools.put(role, List.copyOf(pool));
    }

    /** Every registered device, ordered by its peer id (a stable order for paging). */
    List<RegisteredDevice> all() {
        return devices.values().stream().sorted(Comparator.comparing(RegisteredDevice::peerId)).toList();
    }

    /** The device the interconnection API addresses as {@code peerId}. */
    Optional<RegisteredDevice> findByPeerId(String peerId) {
        return devices.values().stream().filter(d -> d.peerId().equals(peerId)).findFirst();
    }

    /**
     * The DTLS pre-shared key of the device whose PSK identity is {@code identity}
     * ({@code productKey.deviceName}): its secret's UTF-8 bytes.
     */
    Optional<byte[]> pskKey(String identity) {
        return all().stream().map(RegisteredDevice::identity)
                .filter(d -> TlsPeer.pskIdentityOf(d.productKey(), d.deviceName()).equals(identity)).findFirst()
                .map(d -> d.deviceSecret().reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Optional<RegisteredDevice> find(DeviceKey key) {
        return Optional.ofNullable(devices.get(key));
    }

    /** Forgets what every registered device stored; the devices stay registered. */
    void clearStates() {
        devices.values().forEach(d -> d.state().clear());
    }

    synchronized Map<String, DeviceIdentity> identitiesByRole() {
        return Map.copyOf(byRole);
    }

    /** Role → the more devices registered for it ({@link #registerPool}). */
    synchronized Map<String, List<DeviceIdentity>> poolsByRole() {
        return Map.copyOf(pools);
    }

    private String hex(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }
}
