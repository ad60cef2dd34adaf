package org.thingconform.reference;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.SecretKey;
import org.eclipse.californium.scandium.dtls.ConnectionId;
import org.eclipse.californium.scandium.dtls.HandshakeResultHandler;
import org.eclipse.californium.scandium.dtls.PskPublicInformation;
import org.eclipse.californium.scandium.dtls.PskSecretResult;
import org.eclipse.californium.scandium.dtls.pskstore.AdvancedPskStore;
import org.eclipse.californium.scandium.util.SecretUtil;
import org.eclipse.californium.scandium.util.ServerNames;

/**
 * The reference's DTLS pre-shared keys, looked up by identity ({@code pk.dn}) in the device
 * registry at each handshake, so devices registered during a run can sign in at once. An unknown
 * identity gets a random key: the handshake then fails exactly like a wrong key (RFC 4279,
 * section 2, lets a server hide which identities it knows).
 */
final class DevicePskStore implements AdvancedPskStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Function<String, Optional<byte[]>> keys;

    DevicePskStore(Function<String, Optional<byte[]>> keys) {
        this.keys = keys;
    }

    @Override
    public boolean hasEcdhePskSupported() {
        return true;
    }

    @Override
    public PskSecretResult requestPskSecretResult(ConnectionId cid, ServerNames serverName,
                                                  PskPublicInformation identity, String hmacAlgorithm,
                                                  SecretKey otherSecret, byte[] seed, boolean useExtendedMasterSecret) {
        byte[] key = keys.apply(identity.getPublicInfoAsString()).orElseGet(DevicePskStore::randomKey);
        return new PskSecretResult(cid, identity, SecretUtil.create(key, PskSecretResult.ALGORITHM_PSK));
    }

    @Override
    public PskPublicInformation getIdentity(InetSocketAddress peerAddress, ServerNames virtualHost) {
        return null;
    }

    @Override
    public void setResultHandler(HandshakeResultHandler resultHandler) {
        // answers at once
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
