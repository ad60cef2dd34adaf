package org.thingconform.protocol.coap;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.californium.scandium.dtls.AlertMessage.AlertDescription;
import org.eclipse.californium.scandium.dtls.DtlsHandshakeTimeoutException;
import org.eclipse.californium.scandium.dtls.HandshakeException;
import org.thingconform.protocol.tls.TlsFailure;
import org.thingconform.protocol.tls.TlsFailure.Kind;
import org.thingconform.protocol.tls.TlsSettings;

/**
 * Explains a device's failed DTLS handshake in the words {@link TlsFailure} uses for TLS: the
 * client's own rejection of the server (untrusted chain or raw public key, expired, another
 * host's certificate: the platform cannot be judged) told apart from the server's refusal of the
 * client (an alert such as {@code bad_record_mac} for a wrong pre-shared key or
 * {@code bad_certificate} for a forged certificate, or, from servers that drop what they cannot
 * decrypt, silence after the client's PSK-keyed Finished). Reasons name the certificate, the PSK
 * identity and the trust used, never a key.
 */
final class DtlsFailures {

    /** Alerts by which a server refuses the client's credentials. */
    private static final Set<AlertDescription> REFUSING = EnumSet.of(AlertDescription.BAD_RECORD_MAC,
            AlertDescription.DECRYPT_ERROR, AlertDescription.HANDSHAKE_FAILURE, AlertDescription.UNKNOWN_PSK_IDENTITY,
            AlertDescription.BAD_CERTIFICATE, AlertDescription.UNSUPPORTED_CERTIFICATE,
            AlertDescription.CERTIFICATE_REVOKED, AlertDescription.CERTIFICATE_EXPIRED,
            AlertDescription.CERTIFICATE_UNKNOWN, AlertDescription.UNKNOWN_CA, AlertDescription.ACCESS_DENIED);
    /** How Scandium words a handshake failure caused by an alert the peer sent. */
    private static final String RECEIVED = "Received";

    private DtlsFailures() {
    }

    /**
     * The DTLS failure behind {@code error} (why a request could not be sent), when it is one;
     * {@code where} names the endpoint ({@code coaps://host:port}), {@code host} the host connected to.
     */
    static Optional<TlsFailure> of(Throwable error, String where, String host, TlsSettings tls,
                                   DtlsObservation observation) {
        Optional<HandshakeException> rejection = observation.rejection();
        if (rejection.isPresent()) {
            return Optional.of(rejected(rejection.get(), where, host, tls, observation));
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HandshakeException handshake) {
                return Optional.of(alert(handshake, where, tls, observation));
            }
            if (t instanceof DtlsHandshakeTimeoutException) {
                return silence(where, observation, null);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code error} is Scandium giving up a handshake after its retransmissions. */
    static boolean timedOut(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DtlsHandshakeTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A handshake that did not complete within {@code waited}: the server's refusal when it went
     * silent after the client keyed its Finished with the pre-shared key; empty when the server
     * never answered at all (no answer, not a refusal).
     */
    static Optional<TlsFailure> silence(String where, DtlsObservation observation, Duration waited) {
        return observation.pskSent().map(identity -> new TlsFailure(Kind.CLIENT_REFUSED, "the server at " + where
                + " answered the DTLS handshake, but never accepted the client's Finished, keyed with the pre-shared "
                + "key of identity '" + identity + "'" + (waited == null ? "" : ", within " + waited.toMillis() + " ms")
                + " (no alert: servers such as Scandium's drop records they cannot decrypt); expected the platform to "
                + "hold that identity with the same key"));
    }

    private static TlsFailure alert(HandshakeException error, String where, TlsSettings tls,
                                    DtlsObservation observation) {
        AlertDescription alert = error.getAlert().getDescription();
        String name = alert.getDescription();
        boolean received = String.valueOf(error.getMessage()).startsWith(RECEIVED);
        if (received && REFUSING.contains(alert)) {
            return new TlsFailure(Kind.CLIENT_REFUSED, "the server at " + where + " refused the DTLS handshake with "
                    + "alert " + name + " (the client " + credentials(tls, observation) + ")"
                    + (alert == AlertDescription.HANDSHAKE_FAILURE ? offered(tls) : ""));
        }
        if (received) {
            return new TlsFailure(Kind.HANDSHAKE, "the DTLS handshake with " + where + " failed: the server sent alert "
                    + name + offered(tls));
        }
        return new TlsFailure(Kind.HANDSHAKE, "the DTLS handshake with " + where + " failed: " + error.getMessage()
                + " (alert " + name + ")" + offered(tls));
    }

    private static TlsFailure rejected(HandshakeException problem, String where, String host, TlsSettings tls,
                                       DtlsObservation observation) {
        List<X509Certificate> chain = observation.serverChain();
        String prefix = "the DTLS handshake with " + where + " failed: ";
        if (chain.isEmpty() && observation.serverKey().isPresent()) {
            return new TlsFailure(Kind.UNTRUSTED, prefix + "the server's raw public key "
                    + DtlsObservation.rawKeyName(observation.serverKey().get()) + " is not the public key of any "
                    + "certificate in " + tls.trust().describe() + "; expected the server's certificate (or one with "
                    + "its key) in that trust for raw public key DTLS (coap.dtls.ca)");
        }
        X509Certificate leaf = chain.isEmpty() ? null : chain.get(0);
        String server = leaf == null ? "the server's certificate" : "the server's certificate "
                + TlsFailure.describe(leaf);
        if (problem.getAlert().getDescription() == AlertDescription.CERTIFICATE_EXPIRED || outOfDate(leaf)) {
            return new TlsFailure(Kind.EXPIRED, prefix + server + (leaf == null ? " is outside its validity period"
                    : " is valid from " + leaf.getNotBefore().toInstant() + " to " + leaf.getNotAfter().toInstant())
                    + "; expected a certificate valid now");
        }
        String message = String.valueOf(problem.getMessage());
        if (message.contains("Destination '") || message.contains("Literal IP")) {
            return new TlsFailure(Kind.HOSTNAME_MISMATCH, prefix + server + (leaf == null ? "" : " names "
                    + TlsFailure.names(leaf) + " and") + " does not match the host connected to (" + host + "); expected a "
                    + "certificate for that host, or coap.dtls.verifyHostname: false in the descriptor (recorded in "
                    + "the run manifest)");
        }
        String issuer = chain.isEmpty() ? "" : ", issued by "
                + chain.get(chain.size() - 1).getIssuerX500Principal().getName() + ",";
        return new TlsFailure(Kind.UNTRUSTED, prefix + server + issuer + " is not trusted by "
                + tls.trust().describe() + " (" + message + ")"
                + "; expected a chain to a CA in that trust (set coap.dtls.ca or coap.dtls.trustStore in the descriptor)");
    }

    /** What the client authenticated with, as a reason names it. */
    private static String credentials(TlsSettings tls, DtlsObservation observation) {
        Optional<String> psk = observation.pskSent();
        if (psk.isPresent()) {
            return "offered the pre-shared key of identity '" + psk.get() + "'";
        }
        if (tls.clientKey() != null) {
            return (tls.rawPublicKey() ? "presented the raw public key of the client certificate "
                    : "presented the client certificate ") + TlsFailure.describe(tls.clientKey().certificate());
        }
        if (tls.psk() != null) {
            return "offered the pre-shared key of identity '" + tls.psk().identity() + "'";
        }
        return "presented no client credentials";
    }

    private static boolean outOfDate(X509Certificate leaf) {
        if (leaf == null) {
            return false;
        }
        try {
            leaf.checkValidity();
            return false;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return true;
        }
    }

    private static String offered(TlsSettings tls) {
        return "; the client offered " + DtlsConnectors.suites(tls);
    }
}
