package org.thingconform.reference;

import java.security.Principal;
import javax.security.auth.x500.X500Principal;
import org.eclipse.californium.elements.EndpointContext;
import org.eclipse.californium.elements.auth.AdditionalInfo;
import org.eclipse.californium.elements.auth.PreSharedKeyIdentity;
import org.eclipse.californium.elements.auth.RawPublicKeyIdentity;
import org.eclipse.californium.elements.auth.X509CertPath;
import org.thingconform.protocol.tls.TlsPeer;

/**
 * The device a CoAP request's DTLS session proved, as the sign-in checks it: a pre-shared key's
 * identity, an X.509 certificate's subject, or, for a raw public key, the subject of the
 * reference-issued certificate with that key ({@link DtlsServerConnector#SUBJECT}). A raw public
 * key the reference did not issue, and plain CoAP, prove nothing (null).
 */
final class DtlsPeers {

    private DtlsPeers() {
    }

    /** The peer of a request received in {@code context}, or null when its connection proved none. */
    static TlsPeer of(EndpointContext context) {
        return context == null ? null : of(context.getPeerIdentity());
    }

    static TlsPeer of(Principal identity) {
        if (identity instanceof PreSharedKeyIdentity psk) {
            return TlsPeer.psk(psk.getIdentity());
        }
        if (identity instanceof X509CertPath path) {
            return TlsPeer.certificate(path.getName());
        }
        if (identity instanceof X500Principal principal) {
            return TlsPeer.certificate(principal.getName());
        }
        if (identity instanceof RawPublicKeyIdentity rpk) {
            AdditionalInfo info = rpk.getExtendedInfo();
            String subject = info == null ? null : info.get(DtlsServerConnector.SUBJECT, String.class);
            return subject == null ? null : TlsPeer.certificate(subject);
        }
        return null;
    }
}
