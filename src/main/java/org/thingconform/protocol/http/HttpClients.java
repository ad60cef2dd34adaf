package org.thingconform.protocol.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.thingconform.protocol.tls.TlsContexts;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.protocol.tls.TlsSettings;

/**
 * Builds the JDK {@link HttpClient}s of the HTTP adapters: plain ones share one client, an
 * https endpoint gets a client of its own with the endpoint's trust, versions, suites, SNI and
 * client certificate (host names are verified unless the descriptor turned that off).
 */
final class HttpClients {

    private static final HttpClient PLAIN = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private HttpClients() {
    }

    /** A client for {@code baseUrl}: the shared plain one, or one secured with {@code tls}. */
    static HttpClient client(String baseUrl, TlsSettings tls, TlsObservation observation) {
        return tls == null ? PLAIN : client(baseUrl, tls, observation, Duration.ofSeconds(5));
    }

    /** A client of its own for {@code baseUrl} that gives up connecting after {@code connectTimeout}. */
    static HttpClient client(String baseUrl, TlsSettings tls, TlsObservation observation, Duration connectTimeout) {
        if (tls == null) {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
        }
        SSLContext context = TlsContexts.client(tls, observation);
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .sslContext(context)
                .sslParameters(TlsContexts.parameters(context, tls, URI.create(baseUrl).getHost()))
                .build();
    }

    /** The negotiated TLS version and cipher suite of a response, for the trace; empty over plain HTTP. */
    static Optional<String> session(HttpResponse<?> response) {
        return response.sslSession().map(s -> s.getProtocol() + " " + s.getCipherSuite());
    }
}
