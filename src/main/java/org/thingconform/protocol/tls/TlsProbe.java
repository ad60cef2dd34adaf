package org.thingconform.protocol.tls;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Asks an endpoint the descriptor names as plain whether it speaks TLS: a server that answers a
 * ClientHello with its certificate does. A plain client's CONNECT to a TLS port is closed without
 * a word, which would read as the platform refusing it; with this the suite says instead that the
 * descriptor lacks a {@code tls} block. The probe trusts nothing and sends nothing but the hello.
 */
public final class TlsProbe {

    private static final Duration LONGEST = Duration.ofSeconds(2);

    private TlsProbe() {
    }

    /** Whether {@code host:port} presents a TLS server certificate within {@code timeout} (at most 2 s). */
    public static boolean speaksTls(String host, int port, Duration timeout) {
        int millis = (int) Math.min(timeout.toMillis(), LONGEST.toMillis());
        AtomicBoolean presented = new AtomicBoolean();
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, port), millis);
            plain.setSoTimeout(millis);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new Recorder(presented)}, null);
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, false)) {
                socket.startHandshake();
                return true;
            }
        } catch (IOException | GeneralSecurityException e) {
            return presented.get();
        }
    }

    /** Notes that a certificate was presented, and refuses it: the probe goes no further. */
    private static final class Recorder extends X509ExtendedTrustManager {

        private final AtomicBoolean presented;

        Recorder(AtomicBoolean presented) {
            this.presented = presented;
        }

        private void seen() throws CertificateException {
            presented.set(true);
            throw new CertificateException("a probe: the server speaks TLS");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            seen();
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            seen();
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            seen();
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("a probe is no server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("a probe is no server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a probe is no server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
