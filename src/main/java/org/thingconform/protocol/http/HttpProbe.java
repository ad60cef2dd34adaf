package org.thingconform.protocol.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.thingconform.protocol.ProbeOutcome;
import org.thingconform.protocol.Unreachable;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.protocol.tls.TlsSettings;

/**
 * Asks an HTTP(S) endpoint once whether it answers at all: a GET of {@code url} with no
 * credentials. Any response counts (a 401 or 404 too), and so does a TLS handshake the server
 * fails or a close; only silence until the bound does not. Nothing is traced or logged, so no
 * secret can leak.
 */
public final class HttpProbe {

    private HttpProbe() {
    }

    /**
     * Probes {@code url}, described as {@code what} (e.g. "the northbound API") in reasons; {@code tls}
     * secures an https URL (null: the JVM's defaults).
     */
    public static ProbeOutcome probe(String url, String what, TlsSettings tls, Duration timeout) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return ProbeOutcome.answered("not probed: " + e.getMessage()); // the steps report a bad URL
        }
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        HttpClient client = HttpClients.client(url, secure ? (tls != null ? tls : TlsSettings.DEFAULT) : null,
                new TlsObservation(), timeout);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return ProbeOutcome.answered("HTTP " + response.statusCode());
        } catch (HttpConnectTimeoutException e) {
            return ProbeOutcome.unreachable(what + " at " + url + " is not reachable: the connection timed out after "
                    + timeout.toMillis() + " ms");
        } catch (HttpTimeoutException e) {
            return ProbeOutcome.silent("the platform did not answer an HTTP GET of " + url + " (" + what + ") within "
                    + timeout.toMillis() + " ms");
        } catch (SSLException e) {
            return ProbeOutcome.answered("the TLS handshake failed: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return Unreachable.why(e, what + " at " + url).map(ProbeOutcome::unreachable)
                    .orElseGet(() -> ProbeOutcome.answered("the exchange failed: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeOutcome.answered("not probed: interrupted");
        }
    }
}
