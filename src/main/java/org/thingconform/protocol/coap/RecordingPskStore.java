package org.thingconform.protocol.coap;

import java.net.InetSocketAddress;
import javax.crypto.SecretKey;
import org.eclipse.californium.scandium.dtls.ConnectionId;
import org.eclipse.californium.scandium.dtls.HandshakeResultHandler;
import org.eclipse.californium.scandium.dtls.PskPublicInformation;
import org.eclipse.californium.scandium.dtls.PskSecretResult;
import org.eclipse.californium.scandium.dtls.pskstore.AdvancedPskStore;
import org.eclipse.californium.scandium.util.ServerNames;

/**
 * A client's pre-shared key store with a witness: when Scandium asks it for the secret, the server
 * has answered the handshake with a PSK cipher suite and the client is about to key its Finished;
 * the {@link DtlsObservation} learns the identity (never the key). A server that then stays silent
 * has refused the key without an alert, as Scandium-based servers do.
 */
final class RecordingPskStore implements AdvancedPskStore {

    private final AdvancedPskStore delegate;
    private final DtlsObservation observation;

    RecordingPskStore(AdvancedPskStore delegate, DtlsObservation observation) {
        this.delegate = delegate;
        this.observation = observation;
    }

    @Override
    public boolean hasEcdhePskSupported() {
        return delegate.hasEcdhePskSupported();
    }

    @Override
    public PskSecretResult requestPskSecretResult(ConnectionId cid, ServerNames serverName,
                                                  PskPublicInformation identity, String hmacAlgorithm,
                                                  SecretKey otherSecret, byte[] seed, boolean useExtendedMasterSecret) {
        observation.pskUsed(identity.getPublicInfoAsString());
        return delegate.requestPskSecretResult(cid, serverName, identity, hmacAlgorithm, otherSecret, seed,
                useExtendedMasterSecret);
    }

    @Override
    public PskPublicInformation getIdentity(InetSocketAddress peerAddress, ServerNames virtualHost) {
        return delegate.getIdentity(peerAddress, virtualHost);
    }

    @Override
    public void setResultHandler(HandshakeResultHandler resultHandler) {
        delegate.setResultHandler(resultHandler);
    }
}
