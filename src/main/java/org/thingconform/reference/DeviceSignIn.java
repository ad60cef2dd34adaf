package org.thingconform.reference;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thingconform.protocol.AlinkCredentials;
import org.thingconform.protocol.tls.TlsPeer;

/**
 * The platform's one sign-in check, whatever the protocol: an MQTT CONNECT and a CoAP or
 * HTTP sign-in request carry the same client id, user name and password, checked against
 * the Alink signature of a registered device (and the sign-in faults).
 */
final class DeviceSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceSignIn.class);

    /**
     * How a sign-in ended.
     *
     * @param device         the device signing in, when the user name names one well-formed
     * @param accepted       whether it may sign in
     * @param badCredentials for a refusal: the user name or signature is wrong (rather than "not authorized")
     * @param reason         the refusal in words, or null
     */
    record Outcome(Optional<DeviceKey> device, boolean accepted, boolean badCredentials, String reason) {

        static Outcome accept(DeviceKey device) {
            return new Outcome(Optional.of(device), true, false, null);
        }

        static Outcome refuse(Optional<DeviceKey> device, boolean badCredentials, String reason) {
            return new Outcome(device, false, badCredentials, reason);
        }
    }

    private final DeviceRegistry registry;
    private final FaultSwitch faults;
    /** Sign-ins accepted but for {@link Fault#INTERMITTENT_SIGN_IN_REFUSAL}: the 1st, 3rd, … are refused. */
    private final java.util.concurrent.atomic.AtomicLong intermittent = new java.util.concurrent.atomic.AtomicLong();

    DeviceSignIn(DeviceRegistry registry, FaultSwitch faults) {
        this.registry = registry;
        this.faults = faults;
    }

    /** Checks a sign-in over a connection without a (D)TLS identity. */
    Outcome check(String clientId, String username, String password) {
        return check(clientId, username, password, null);
    }

    /**
     * Checks a sign-in; a client id asking for {@code authtype=tls} is accepted when {@code peer}, the
     * identity the connection's (D)TLS handshake proved (null for none), names the device.
     */
    Outcome check(String clientId, String username, String password, TlsPeer peer) {
        Outcome outcome = checked(clientId, username, password, peer);
        if (outcome.accepted() && faults.on(Fault.INTERMITTENT_SIGN_IN_REFUSAL) && intermittent.incrementAndGet() % 2 == 1) {
            return Outcome.refuse(outcome.device(), false, "not authorized");
        }
        return outcome;
    }

    private Outcome checked(String clientId, String username, String password, TlsPeer peer) {
        if (faults.on(Fault.REJECT_VALID_CREDENTIALS)) {
            return Outcome.refuse(Optional.empty(), false, "not authorized");
        }
        Optional<DeviceKey> key = DeviceKey.fromUsername(username);
        if (key.isEmpty()) {
            return Outcome.refuse(key, true, "user name must be {deviceName}&{productKey}");
        }
        if (faults.on(Fault.ACCEPT_ANY_CREDENTIALS)) {
            return Outcome.accept(key.get());
        }
        Optional<RegisteredDevice> device = registry.find(key.get());
        if (device.isEmpty()) {
            LOG.debug("refused the sign-in of unknown device {}", key.get());
            return Outcome.refuse(key, false, "unknown device");
        }
        if (AlinkCredentials.asksForTlsIdentity(clientId)) {
            if (peer == null || !peer.names(key.get().productKey(), key.get().deviceName())) {
                LOG.debug("refused the TLS-identity sign-in of {}: connection proved {}", key.get(), peer);
                return Outcome.refuse(key, true, peer == null ? "no client certificate or pre-shared key"
                        : "the connection's " + peer + " does not name the device");
            }
            return Outcome.accept(key.get());
        }
        if (clientId == null || !AlinkCredentials.verify(clientId, username, password, key.get().productKey(),
                key.get().deviceName(), device.get().identity().deviceSecret().reveal())) {
            LOG.debug("refused the sign-in of {}: bad signature", key.get());
            return Outcome.refuse(key, true, "bad signature");
        }
        return Outcome.accept(key.get());
    }
}
