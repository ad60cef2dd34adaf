package org.thingconform.protocol.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thingconform.reference.pki.IssuedCertificate;
import org.thingconform.reference.pki.ThrowawayCa;

/**
 * The client side of TLS as every adapter uses it ({@link TlsSocketFactory}, {@link TlsContexts},
 * {@link TlsFailure}) against a real JDK TLS server on loopback: a trusted chain connects and
 * records its handshake; each failure mode is told apart and named.
 */
class TlsHandshakeTest {

    private static final ThrowawayCa CA = ThrowawayCa.create("test CA");
    private static final ThrowawayCa OTHER_CA = ThrowawayCa.create("some other CA");
    private final ExecutorService server = Executors.newSingleThreadExecutor();
    private SSLServerSocket listener;

    @AfterEach
    void stop() throws IOException {
        if (listener != null) {
            listener.close();
        }
        server.shutdownNow();
    }

    @Test
    void aTrustedChainForTheHostConnectsAndRecordsTheHandshake() throws Exception {
        int port = serve(CA.server("localhost", "127.0.0.1"), false);
        TlsObservation observation = new TlsObservation();

        try (Socket socket = connect(settings(CA), "localhost", port, observation)) {
            assertThat(observation.handshake()).hasValueSatisfying(h -> {
                assertThat(h.protocol()).startsWith("TLSv1");
                assertThat(h.cipherSuite()).startsWith("TLS_");
                assertThat(h.peer()).isEqualTo("CN=localhost");
            });
        }
    }

    @Test
    void aChainFromAnotherCaIsUntrustedAndNamed() throws Exception {
        int port = serve(OTHER_CA.server("localhost"), false);
        TlsObservation observation = new TlsObservation();

        TlsFailure failure = failure(settings(CA), "localhost", port, observation);

        assertThat(failure.kind()).isEqualTo(TlsFailure.Kind.UNTRUSTED);
        assertThat(failure.reason()).contains("'CN=localhost' (issuer 'CN=some other CA')")
                .contains("is not trusted by the PEM CA bundle ca.pem");
    }

    @Test
    void aCertificateForAnotherHostIsAMismatchUnlessVerificationIsOff() throws Exception {
        int port = serve(CA.server("other.example"), false);

        TlsFailure failure = failure(settings(CA), "localhost", port, new TlsObservation());
        assertThat(failure.kind()).isEqualTo(TlsFailure.Kind.HOSTNAME_MISMATCH);
        assertThat(failure.reason()).contains("names [other.example]").contains("verifyHostname: false");

        TlsSettings unverified = new TlsSettings(settings(CA).trust(), List.of(), List.of(), null, false, null, null,
                false);
        try (Socket socket = connect(unverified, "localhost", port, new TlsObservation())) {
            assertThat(socket.isConnected()).isTrue();
        }
    }

    @Test
    void anExpiredServerCertificateIsNamedWithItsValidity() throws Exception {
        Instant past = Instant.now().minus(Duration.ofDays(10));
        int port = serve(CA.server(past, past.plus(Duration.ofDays(1)), "localhost"), false);

        TlsFailure failure = failure(settings(CA), "localhost", port, new TlsObservation());

        assertThat(failure.kind()).isEqualTo(TlsFailure.Kind.EXPIRED);
        assertThat(failure.reason()).contains("valid from").contains("expected a certificate valid now");
    }

    @Test
    void aServerThatNeedsAClientCertificateRefusesAClientWithout() throws Exception {
        int port = serve(CA.server("localhost"), true);
        TlsObservation observation = new TlsObservation();

        TlsFailure failure = failure(settings(CA), "localhost", port, observation);

        assertThat(failure.refusedByServer()).isTrue();
        assertThat(failure.reason()).contains("refused the TLS handshake with alert").contains("no client certificate");
    }

    @Test
    void aClientCertificateOfTheCaIsAccepted() throws Exception {
        int port = serve(CA.server("localhost"), true);
        ClientKey device = CA.client("CN=meter-1,OU=pk1").clientKey("meter.p12");

        try (Socket socket = connect(settings(CA).withClientKey(device), "localhost", port, new TlsObservation())) {
            assertThat(socket.isConnected()).isTrue();
        }
        assertThat(device.toString()).contains("CN=meter-1").doesNotContain(device.key().toString());
    }

    @Test
    void theVersionsTheDescriptorNamesAreTheOnesOffered() throws Exception {
        int port = serve(CA.server("localhost"), false);
        TlsSettings tls12 = new TlsSettings(settings(CA).trust(), List.of("TLSv1.2"), List.of(), null, true, null, null,
                false);
        TlsObservation observation = new TlsObservation();

        try (Socket socket = connect(tls12, "localhost", port, observation)) {
            assertThat(observation.handshake()).map(TlsObservation.Handshake::protocol).contains("TLSv1.2");
        }
    }

    private static TlsSettings settings(ThrowawayCa trusted) {
        return new TlsSettings(new TrustSource.PemBundle("ca.pem", List.of(trusted.certificate())), List.of(), List.of(),
                null, true, null, null, false);
    }

    private static Socket connect(TlsSettings settings, String host, int port, TlsObservation observation)
            throws IOException {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
        plain.setSoTimeout(5000);
        SSLSocket socket = (SSLSocket) new TlsSocketFactory(settings, host, observation).createSocket(plain, host, port,
                true);
        try {
            socket.startHandshake();
            greeted(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    private static void greeted(SSLSocket socket) throws IOException {
        // TLS 1.3: a refused client certificate shows on the first read, as the server's alert
        if (socket.getInputStream().read() != 1) {
            throw new IOException("the server did not greet");
        }
    }

    private static TlsFailure failure(TlsSettings settings, String host, int port, TlsObservation observation) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> connect(settings, host, port, observation).close())
                .satisfies(e -> thrown[0] = e);
        Optional<TlsFailure> failure = TlsFailure.of(thrown[0], host + ":" + port, settings, observation);
        assertThat(failure).as("a TLS failure behind %s", thrown[0]).isPresent();
        return failure.get();
    }

    /**
     * A TLS server on a free loopback port presenting {@code certificate} that greets each client
     * with one byte; it may need client certificates of the CA.
     */
    private int serve(IssuedCertificate certificate, boolean needClientAuth) throws Exception {
        SSLContext context = certificate.serverContext(CA.certificate());
        listener = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 5,
                InetAddress.getLoopbackAddress());
        listener.setNeedClientAuth(needClientAuth);
        server.submit(() -> {
            while (!listener.isClosed()) {
                try (Socket client = listener.accept()) {
                    client.setSoTimeout(5000);
                    ((SSLSocket) client).startHandshake();
                    client.getOutputStream().write(1);
                    client.getOutputStream().flush();
                    client.getInputStream().read(); // until the client closes
                } catch (IOException e) {
                    // a failed handshake ends this connection; the next one may come
                }
            }
            return null;
        });
        return listener.getLocalPort();
    }
}
