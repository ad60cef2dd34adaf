package org.thingconform.protocol.tls;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Explains why a (D)TLS connection could not be made, in words a certification engineer can
 * act on: which certificate, what is wrong with it, and what was expected. Tells the client's
 * own rejection of the server (untrusted chain, expired, wrong host name: the run cannot judge
 * the platform, INCONCLUSIVE) from the server's refusal of the client (a TLS alert such as
 * {@code bad_certificate}: the platform refused the sign-in).
 *
 * @param kind   what went wrong
 * @param reason the explanation, naming the certificate and the trust used
 */
public record TlsFailure(Kind kind, String reason) {

    /** What went wrong. */
    public enum Kind {
        /** The server's chain does not lead to a trusted CA. */
        UNTRUSTED,
        /** The server's certificate has expired or is not yet valid. */
        EXPIRED,
        /** The server's certificate does not name the host connected to. */
        HOSTNAME_MISMATCH,
        /** The server refused the handshake with an alert about the client's credentials. */
        CLIENT_REFUSED,
        /** Any other handshake failure (no common version or cipher suite, a broken peer). */
        HANDSHAKE
    }

    private static final Pattern ALERT = Pattern.compile("Received fatal alert: (\\w+)");
    private static final List<String> CLIENT_ALERTS = List.of("bad_certificate", "certificate_required",
            "certificate_expired", "certificate_revoked", "certificate_unknown", "unknown_ca", "access_denied",
            "unsupported_certificate", "decrypt_error");

    /** Whether the failure is the platform refusing the client, rather than the client unable to trust the platform. */
    public boolean refusedByServer() {
        return kind == Kind.CLIENT_REFUSED;
    }

    /**
     * The TLS failure behind {@code error}, when there is one in its causes; {@code where} names the
     * endpoint (e.g. {@code ssl://broker.example.com:8883}), {@code settings} the trust used, and
     * {@code observation} what the client saw of the server's chain.
     */
    public static Optional<TlsFailure> of(Throwable error, String where, TlsSettings settings,
                                          TlsObservation observation) {
        Throwable tls = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SSLException || t instanceof java.security.cert.CertificateException) {
                tls = t;
                break;
            }
        }
        Exception problem = observation == null ? null : observation.problem().orElse(null);
        if (tls == null && problem == null) {
            return Optional.empty();
        }
        List<X509Certificate> chain = observation == null ? List.of() : observation.serverChain();
        String server = chain.isEmpty() ? "the server's certificate" : "the server's certificate " + describe(chain.get(0));
        if (problem != null) {
            return Optional.of(fromProblem(problem, where, server, chain, settings));
        }
        String message = String.valueOf(tls.getMessage());
        Matcher alert = ALERT.matcher(message);
        if (alert.find()) {
            String name = alert.group(1);
            if (CLIENT_ALERTS.contains(name)) {
                String client = settings.clientKey() == null ? "no client certificate"
                        : "the client certificate " + describe(settings.clientKey().certificate());
                return Optional.of(new TlsFailure(Kind.CLIENT_REFUSED, "the server at " + where
                        + " refused the TLS handshake with alert " + name + " (the client presented " + client + ")"));
            }
            return Optional.of(new TlsFailure(Kind.HANDSHAKE, "the TLS handshake with " + where + " failed: the server "
                    + "sent alert " + name + offered(settings)));
        }
        if (message.contains("doesn't match any of the subject alternative names")
                || message.contains("hostname in certificate didn't match")
                || message.contains("No subject alternative") || message.contains("No name matching")) {
            return Optional.of(hostname(where, server, chain, message));
        }
        return Optional.of(new TlsFailure(Kind.HANDSHAKE, "the TLS handshake with " + where + " failed: " + message
                + offered(settings)));
    }

    private static TlsFailure fromProblem(Exception problem, String where, String server, List<X509Certificate> chain,
                                          TlsSettings settings) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException
                    || t instanceof CertPathValidatorException v
                    && v.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
                X509Certificate leaf = chain.isEmpty() ? null : chain.get(0);
                return new TlsFailure(Kind.EXPIRED, "the TLS handshake with " + where + " failed: " + server
                        + (leaf == null ? " is outside its validity period"
                                : " is valid from " + leaf.getNotBefore().toInstant() + " to "
                                + leaf.getNotAfter().toInstant())
                        + "; expected a certificate valid now");
            }
        }
        String message = String.valueOf(problem.getMessage());
        if (message.contains("No subject alternative") || message.contains("No name matching")) {
            return hostname(where, server, chain, message);
        }
        boolean path = problem instanceof CertPathBuilderException || problem.getCause() instanceof CertPathBuilderException
                || message.contains("PKIX path");
        String issuer = chain.isEmpty() ? "" : ", issued by "
                + chain.get(chain.size() - 1).getIssuerX500Principal().getName() + ",";
        return new TlsFailure(Kind.UNTRUSTED, "the TLS handshake with " + where + " failed: " + server + issuer
                + " is not trusted by " + settings.trust().describe() + (path ? "" : " (" + message + ")")
                + "; expected a chain to a CA in that trust (set tls.ca or tls.trustStore in the descriptor)");
    }

    private static TlsFailure hostname(String where, String server, List<X509Certificate> chain, String message) {
        String names = chain.isEmpty() ? "" : " names " + names(chain.get(0)) + " and";
        return new TlsFailure(Kind.HOSTNAME_MISMATCH, "the TLS handshake with " + where + " failed: " + server + names
                + " does not match the host connected to (" + message + "); expected a certificate for that host, or "
                + "tls.verifyHostname: false in the descriptor (recorded in the run manifest)");
    }

    /** A certificate as reasons name it: its subject and issuer. */
    public static String describe(X509Certificate certificate) {
        return "'" + certificate.getSubjectX500Principal().getName() + "' (issuer '"
                + certificate.getIssuerX500Principal().getName() + "')";
    }

    /** The subject alternative names of a certificate, as reasons list them. */
    public static String names(X509Certificate certificate) {
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives == null || alternatives.isEmpty()) {
                return "no subject alternative name";
            }
            return alternatives.stream().map(entry -> String.valueOf(entry.get(1))).toList().toString();
        } catch (java.security.cert.CertificateParsingException e) {
            return "unreadable subject alternative names";
        }
    }

    private static String offered(TlsSettings settings) {
        return settings.versions().isEmpty() && settings.cipherSuites().isEmpty() ? ""
                : "; the client offered " + (settings.versions().isEmpty() ? "the JVM's versions" : settings.versions())
                + (settings.cipherSuites().isEmpty() ? "" : " with " + settings.cipherSuites());
    }
}
