package org.thingconform.protocol.coap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.californium.core.coap.MessageObserverAdapter;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.coap.Token;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.thingconform.protocol.ProbeOutcome;
import org.thingconform.protocol.tls.TlsSettings;

/**
 * Asks a CoAP endpoint once whether it answers at all: a CoAP ping (an empty confirmable message),
 * over DTLS with the endpoint's settings when it is secured. A reset (a ping's usual answer), any
 * response, or a DTLS handshake the server ends with its word counts as an answer; only silence
 * until the bound does not. Nothing is traced; a probe holds no device's key.
 */
public final class CoapProbe {

    private CoapProbe() {
    }

    /** Probes {@code host:port} over UDP ({@code dtls} null: plain CoAP), within {@code timeout}. */
    public static ProbeOutcome probe(String host, int port, TlsSettings dtls, Duration timeout) {
        String at = (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
        String uri = (dtls != null ? "coaps://" : "coap://") + at;
        String what = dtls != null ? "a DTLS handshake and CoAP ping" : "a CoAP ping";
        CoapEndpoint.Builder builder = new CoapEndpoint.Builder().setConfiguration(CoapConfiguration.standard());
        if (dtls != null) {
            try {
                builder.setConnector(DtlsConnectors.client(dtls, new DtlsObservation(completed -> { })));
            } catch (RuntimeException e) {
                return ProbeOutcome.answered("not probed: " + e.getMessage()); // the clauses report the settings
            }
        } else {
            builder.setInetSocketAddress(new InetSocketAddress(0));
        }
        CoapEndpoint endpoint = builder.build();
        try {
            endpoint.start();
        } catch (IOException e) {
            return ProbeOutcome.answered("not probed: no local UDP port: " + e.getMessage());
        }
        CompletableFuture<ProbeOutcome> outcome = new CompletableFuture<>();
        ProbeOutcome silent = ProbeOutcome.silent("the platform did not answer " + what + " at " + uri + " within "
                + timeout.toMillis() + " ms");
        try {
            Request ping = Request.newPing();
            ping.setToken(Token.EMPTY);
            ping.setURI(uri);
            ping.addMessageObserver(new MessageObserverAdapter() {
                @Override
                public void onReject() {
                    outcome.complete(ProbeOutcome.answered("reset"));
                }

                @Override
                public void onResponse(Response response) {
                    outcome.complete(ProbeOutcome.answered(String.valueOf(response.getCode())));
                }

                @Override
                public void onAcknowledgement() {
                    outcome.complete(ProbeOutcome.answered("acknowledged"));
                }

                @Override
                public void onTimeout() {
                    outcome.complete(silent);
                }

                @Override
                public void onSendError(Throwable error) {
                    outcome.complete(DtlsFailures.timedOut(error) ? silent
                            : ProbeOutcome.answered("the exchange failed: " + error.getMessage()));
                }
            });
            endpoint.sendRequest(ping);
            return outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return silent;
        } catch (ExecutionException | RuntimeException e) {
            return ProbeOutcome.answered("not probed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeOutcome.answered("not probed: interrupted");
        } finally {
            endpoint.destroy();
        }
    }
}
