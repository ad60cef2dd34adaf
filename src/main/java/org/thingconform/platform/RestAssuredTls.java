package org.thingconform.platform;

import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import java.io.IOException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.apache.http.conn.ssl.SSLSocketFactory;
import org.apache.http.conn.ssl.X509HostnameVerifier;
import org.thingconform.protocol.tls.TlsContexts;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.protocol.tls.TlsSocketFactory;

/**
 * Configures REST Assured (Apache HttpClient underneath) for an https API as the descriptor
 * says: the trust and client certificate of the API's {@link TlsSettings}, its versions, cipher
 * suites and SNI name, host names checked by HttpClient's strict verifier unless turned off, and
 * every handshake reported to a {@link TlsObservation} for the trace.
 */
final class RestAssuredTls {

    private RestAssuredTls() {
    }

    /** {@code base} with TLS for {@code tls}; {@code base} itself when {@code tls} is null (plain http). */
    @SuppressWarnings("deprecation") // REST Assured's SSLConfig takes HttpClient 4's SSLSocketFactory
    static RestAssuredConfig configure(RestAssuredConfig base, TlsSettings tls, String host, TlsObservation observation) {
        if (tls == null) {
            return base;
        }
        SSLContext context = TlsContexts.client(tls, observation);
        X509HostnameVerifier verifier = tls.verifyHostname() ? SSLSocketFactory.STRICT_HOSTNAME_VERIFIER
                : SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER;
        SSLSocketFactory factory = new SSLSocketFactory(context, verifier) {
            @Override
            protected void prepareSocket(SSLSocket socket) throws IOException {
                SSLParameters parameters = TlsContexts.parameters(context, tls, host);
                // HttpClient checks the host name itself, after the handshake
                parameters.setEndpointIdentificationAlgorithm(null);
                socket.setSSLParameters(parameters);
                observation.connecting(socket);
                socket.addHandshakeCompletedListener(event ->
                        observation.completed(TlsSocketFactory.handshake(event.getSession())));
            }
        };
        return base.sslConfig(SSLConfig.sslConfig().sslSocketFactory(factory));
    }
}
