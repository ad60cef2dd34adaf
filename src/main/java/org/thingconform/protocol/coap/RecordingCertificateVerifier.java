package org.thingconform.protocol.coap;

import java.net.InetSocketAddress;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.eclipse.californium.scandium.dtls.CertificateMessage;
import org.eclipse.californium.scandium.dtls.CertificateType;
import org.eclipse.californium.scandium.dtls.CertificateVerificationResult;
import org.eclipse.californium.scandium.dtls.ConnectionId;
import org.eclipse.californium.scandium.dtls.HandshakeResultHandler;
import org.eclipse.californium.scandium.dtls.x509.CertificateConfigurationHelper;
import org.eclipse.californium.scandium.dtls.x509.ConfigurationHelperSetup;
import org.eclipse.californium.scandium.dtls.x509.NewAdvancedCertificateVerifier;
import org.eclipse.californium.scandium.util.ServerNames;

/**
 * Scandium's certificate verifier with a witness: records the server's chain or raw public key
 * as presented, and the verifier's rejection of it, in a {@link DtlsObservation}, so a failed
 * DTLS handshake can be explained by the certificate that caused it. The checks themselves are
 * the wrapped verifier's, unchanged.
 */
final class RecordingCertificateVerifier implements NewAdvancedCertificateVerifier, ConfigurationHelperSetup {

    private final NewAdvancedCertificateVerifier delegate;
    private final DtlsObservation observation;

    RecordingCertificateVerifier(NewAdvancedCertificateVerifier delegate, DtlsObservation observation) {
        this.delegate = delegate;
        this.observation = observation;
    }

    @Override
    public List<CertificateType> getSupportedCertificateTypes() {
        return delegate.getSupportedCertificateTypes();
    }

    @Override
    public CertificateVerificationResult verifyCertificate(ConnectionId cid, ServerNames serverName,
                                                           InetSocketAddress remotePeer, boolean clientUsage,
                                                           boolean verifySubject, boolean truncateCertificatePath,
                                                           CertificateMessage message) {
        observation.presented(message.getCertificateChain(), message.getPublicKey());
        CertificateVerificationResult result = delegate.verifyCertificate(cid, serverName, remotePeer, clientUsage,
                verifySubject, truncateCertificatePath, message);
        if (result != null && result.getException() != null) {
            observation.rejected(result.getException());
        }
        return result;
    }

    @Override
    public List<X500Principal> getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }

    @Override
    public void setResultHandler(HandshakeResultHandler resultHandler) {
        delegate.setResultHandler(resultHandler);
    }

    @Override
    public void setupConfigurationHelper(CertificateConfigurationHelper helper) {
        if (delegate instanceof ConfigurationHelperSetup setup) {
            setup.setupConfigurationHelper(helper);
        }
    }
}
