package org.thingconform.protocol.coap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.Endpoint;
import org.thingconform.protocol.AlinkCredentials;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.protocol.ReceivedMessage;
import org.thingconform.protocol.ReferenceDevices;
import org.thingconform.protocol.tls.ClientKey;
import org.thingconform.protocol.tls.ForgedCertificate;
import org.thingconform.protocol.tls.PreSharedKey;
import org.thingconform.protocol.tls.TlsPeer;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.protocol.tls.TrustSource;
import org.thingconform.reference.DtlsReference;
import org.thingconform.reference.ReferenceTls;
import org.thingconform.reference.pki.ThrowawayCa;
import org.thingconform.trace.MessageTrace;
import org.thingconform.trace.TraceEntry;

/** CoAP over DTLS (Scandium) against the reference platform's DTLS device server, over loopback UDP. */
class DtlsTransportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static DtlsReference reference;

    @BeforeAll
    static void start() {
        reference = new DtlsReference();
    }

    @AfterAll
    static void stop() {
        reference.close();
    }

    @Test
    void aDeviceSignsInByItsPreSharedKeyAndItsUplinkIsAnswered() {
        MessageTrace trace = new MessageTrace();
        try (CaliforniumTransport coap = transport(reference.endpoint(ReferenceTls.HOST, reference.pskSettings()), trace)) {
            ConnectOutcome outcome = signInByDtlsIdentity(coap);

            assertThat(outcome.accepted()).as(outcome.detail()).isTrue();
            Optional<ReceivedMessage> reply = coap.publish(reference.path("thing/event/property/post"),
                    "{\"id\":\"7\",\"version\":\"1.0\",\"params\":{\"voltage\":230.5},"
                            + "\"method\":\"thing.event.property.post\"}", 1, TIMEOUT);
            assertThat(reply).isPresent();
            assertThat(reply.get().responseCode()).isEqualTo("2.04");
            assertThat(reply.get().payload()).contains("\"code\":200");
            TraceEntry handshake = entry(trace, "DTLS-HANDSHAKE");
            assertThat(handshake.address()).isEqualTo("coaps://localhost:" + reference.endpoint().port());
            assertThat(handshake.attributes()).containsEntry("protocol", "DTLSv1.2")
                    .containsEntry("pskIdentity", reference.meterPsk().identity());
            assertThat(handshake.attributes().get("cipherSuite")).startsWith("TLS_").contains("PSK");
            assertThat(ReferenceDevices.text(trace)).doesNotContain(reference.secret());
        }
    }

    @Test
    void aDtlsIdentitySignInOverAnAnonymousHandshakeIsRefused() {
        try (CaliforniumTransport coap = transport(reference.endpoint(ReferenceTls.HOST,
                reference.tls.clientSettings()), new MessageTrace())) {
            ConnectOutcome outcome = signInByDtlsIdentity(coap);

            assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(ConnectOutcome.Kind.REFUSED);
            assertThat(outcome.returnCode()).isEqualTo(401);
        }
    }

    @Test
    void aWrongPreSharedKeyIsRefusedWithTheServersAlertNamingTheIdentityNeverTheKey() {
        MessageTrace trace = new MessageTrace();
        String wrong = "not-" + reference.secret();
        PreSharedKey psk = new PreSharedKey(reference.meterPsk().identity(), wrong.getBytes(StandardCharsets.UTF_8));
        try (CaliforniumTransport coap = transport(reference.endpoint(ReferenceTls.HOST,
                reference.tls.clientSettings().withPsk(psk)), trace)) {
            ConnectOutcome outcome = signInByDtlsIdentity(coap);

            assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(ConnectOutcome.Kind.REFUSED);
            assertThat(outcome.detail()).contains("alert decrypt_error")
                    .contains("identity '" + psk.identity() + "'").doesNotContain(wrong);
            assertThat(entry(trace, "DTLS-HANDSHAKE-FAILED").payload()).isEqualTo(outcome.detail());
            assertThat(ReferenceDevices.text(trace)).doesNotContain(wrong).doesNotContain(reference.secret());
        }
    }

    @Test
    void aDeviceCertificateOfTheReferenceCaSignsIn() {
        MessageTrace trace = new MessageTrace();
        try (CaliforniumTransport coap = transport(reference.endpoint(ReferenceTls.HOST,
                reference.tls.clientSettings()), trace)) {
            coap.presentCertificate(meterCertificate());
            ConnectOutcome outcome = signInByDtlsIdentity(coap);

            assertThat(outcome.accepted()).as(outcome.detail()).isTrue();
            TraceEntry handshake = entry(trace, "DTLS-HANDSHAKE");
            assertThat(handshake.attributes().get("cipherSuite")).contains("ECDSA");
            assertThat(handshake.attributes()).containsEntry("server", "CN=localhost")
                    .doesNotContainKey("pskIdentity");
        }
    }

    @Test
    void aForgedDeviceCertificateIsRefusedWithBadCertificate() {
        ClientKey forged = ForgedCertificate.of(meterCertificate());
        try (CaliforniumTransport coap = transport(reference.endpoint(ReferenceTls.HOST,
                reference.tls.clientSettings()), new MessageTrace())) {
            coap.presentCertificate(forged);
            ConnectOutcome outcome = signInByDtlsIdentity(coap);

            assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(ConnectOutcome.Kind.REFUSED);
            assertThat(outcome.detail()).contains("alert bad_certificate")
                    .contains("presented the client certificate '" + forged.subject() + "'");
        }
    }

    @Test
    void aDeviceCertificateOfAnotherCaIsPresentedWholeAndRefused() {
        String subject = TlsPeer.subjectOf(reference.meter.productKey(), reference.meter.deviceName());
        ClientKey stranger = ThrowawayCa.create("Stranger CA").client(subject).clientKey("stranger.p12");
        try (CaliforniumTransport coap = transport(reference.endpoint(ReferenceTls.HOST,
                reference.tls.clientSettings()), new MessageTrace())) {
            coap.presentCertificate(stranger);
            ConnectOutcome outcome = signInByDtlsIdentity(coap);

            assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(ConnectOutcome.Kind.REFUSED);
            assertThat(outcome.detail()).contains("alert bad_certificate").contains("issuer 'CN=Stranger CA'");
        }
    }

    @Test
    void aPresentedPreSharedKeyReplacesTheEndpointsOne() {
        PreSharedKey wrong = new PreSharedKey(reference.meterPsk().identity(),
                "wrong".getBytes(StandardCharsets.UTF_8));
        try (CaliforniumTransport coap = transport(reference.endpoint(ReferenceTls.HOST,
                reference.tls.clientSettings().withPsk(wrong)), new MessageTrace())) {
            coap.presentPsk(reference.meterPsk());
            ConnectOutcome outcome = signInByDtlsIdentity(coap);

            assertThat(outcome.accepted()).as(outcome.detail()).isTrue();
        }
    }

    @Test
    void aServerCertificateOfAnotherCaIsNotTrusted() {
        TrustSource other = new TrustSource.PemBundle("other-ca.pem",
                List.of(ThrowawayCa.create("Other CA").certificate()));
        try (CaliforniumTransport coap = transport(reference.endpoint(ReferenceTls.HOST,
                settings(other, true, false)), new MessageTrace())) {
            coap.presentCertificate(meterCertificate());
            ConnectOutcome outcome = signInByDtlsIdentity(coap);

            assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(ConnectOutcome.Kind.TLS_FAILED);
            assertThat(outcome.detail()).contains("DTLS handshake").contains("'CN=localhost'")
                    .contains("ThingConform reference CA").contains("is not trusted by the PEM CA bundle other-ca.pem");
        }
    }

    @Test
    void aServerCertificateForAnotherHostFailsUnlessHostNamesAreNotVerified() {
        ThrowawayCa ca = ThrowawayCa.create("Elsewhere CA");
        try (DtlsReference elsewhere = DtlsReference.presenting(ca, ca.server("example.invalid"))) {
            TrustSource trust = elsewhere.tls.trust();
            ClientKey meter = elsewhere.tls.deviceCertificate(elsewhere.meter.productKey(),
                    elsewhere.meter.deviceName());
            try (CaliforniumTransport coap = new CaliforniumTransport(elsewhere.endpoint("127.0.0.1",
                    settings(trust, true, false)), ReferenceDevices.COAP, new MessageTrace())) {
                coap.presentCertificate(meter);
                ConnectOutcome outcome = signIn(coap, elsewhere);

                assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(ConnectOutcome.Kind.TLS_FAILED);
                assertThat(outcome.detail()).contains("'CN=example.invalid'").contains("[example.invalid]")
                        .contains("does not match the host connected to (127.0.0.1)")
                        .contains("coap.dtls.verifyHostname: false");
            }
            try (CaliforniumTransport coap = new CaliforniumTransport(elsewhere.endpoint("127.0.0.1",
                    settings(trust, false, false)), ReferenceDevices.COAP, new MessageTrace())) {
                coap.presentCertificate(meter);
                ConnectOutcome outcome = signIn(coap, elsewhere);

                assertThat(outcome.accepted()).as(outcome.detail()).isTrue();
            }
            TlsSettings named = new TlsSettings(trust, List.of(), List.of(), "example.invalid", true, null, null, false);
            try (CaliforniumTransport coap = new CaliforniumTransport(elsewhere.endpoint("127.0.0.1", named),
                    ReferenceDevices.COAP, new MessageTrace())) {
                coap.presentCertificate(meter);
                ConnectOutcome outcome = signIn(coap, elsewhere);

                assertThat(outcome.accepted()).as("serverName: example.invalid, " + outcome.detail()).isTrue();
            }
        }
    }

    @Test
    void anExpiredServerCertificateIsNotTrusted() {
        ThrowawayCa ca = ThrowawayCa.create("Lapsed CA");
        Instant now = Instant.now();
        try (DtlsReference lapsed = DtlsReference.presenting(ca, ca.server(now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(1)), ReferenceTls.HOST, "127.0.0.1"));
             CaliforniumTransport coap = new CaliforniumTransport(lapsed.endpoint(ReferenceTls.HOST,
                     settings(lapsed.tls.trust(), true, false)), ReferenceDevices.COAP, new MessageTrace())) {
            ConnectOutcome outcome = signIn(coap, lapsed);

            assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(ConnectOutcome.Kind.TLS_FAILED);
            assertThat(outcome.detail()).contains("'CN=localhost'").contains("is valid from")
                    .contains("expected a certificate valid now");
        }
    }

    @Test
    void aRawPublicKeyOfAReferenceIssuedCertificateSignsIn() {
        MessageTrace trace = new MessageTrace();
        TrustSource serverCertificate = new TrustSource.PemBundle("server.pem",
                List.of(reference.tls.server().certificate()));
        try (CaliforniumTransport coap = transport(reference.endpoint(ReferenceTls.HOST,
                settings(serverCertificate, true, true)), trace)) {
            coap.presentCertificate(meterCertificate());
            ConnectOutcome outcome = signInByDtlsIdentity(coap);

            assertThat(outcome.accepted()).as(outcome.detail()).isTrue();
            assertThat(entry(trace, "DTLS-HANDSHAKE").attributes().get("server")).startsWith("raw public key ni:///");
        }
    }

    @Test
    void aRawPublicKeyTheReferenceDidNotIssueProvesNoDevice() {
        String subject = TlsPeer.subjectOf(reference.meter.productKey(), reference.meter.deviceName());
        ClientKey stranger = ThrowawayCa.create("Stranger CA").client(subject).clientKey("stranger.p12");
        TrustSource serverCertificate = new TrustSource.PemBundle("server.pem",
                List.of(reference.tls.server().certificate()));
        try (CaliforniumTransport coap = transport(reference.endpoint(ReferenceTls.HOST,
                settings(serverCertificate, true, true)), new MessageTrace())) {
            coap.presentCertificate(stranger);
            ConnectOutcome outcome = signInByDtlsIdentity(coap);

            assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(ConnectOutcome.Kind.REFUSED);
            assertThat(outcome.returnCode()).isEqualTo(401);
        }
    }

    @Test
    void aServerRawPublicKeyOutsideTheTrustIsNotTrusted() {
        try (CaliforniumTransport coap = transport(reference.endpoint(ReferenceTls.HOST,
                settings(reference.tls.trust(), true, true)), new MessageTrace())) {
            coap.presentCertificate(meterCertificate());
            ConnectOutcome outcome = signInByDtlsIdentity(coap);

            assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(ConnectOutcome.Kind.TLS_FAILED);
            assertThat(outcome.detail()).contains("the server's raw public key ni:///")
                    .contains("is not the public key of any certificate in");
        }
    }

    private static ClientKey meterCertificate() {
        return reference.tls.deviceCertificate(reference.meter.productKey(), reference.meter.deviceName());
    }

    private static TlsSettings settings(TrustSource trust, boolean verifyHostname, boolean rawPublicKey) {
        return new TlsSettings(trust, List.of(), List.of(), null, verifyHostname, null, null, rawPublicKey);
    }

    private static CaliforniumTransport transport(Endpoint endpoint, MessageTrace trace) {
        return new CaliforniumTransport(endpoint, ReferenceDevices.COAP, trace);
    }

    private static ConnectOutcome signInByDtlsIdentity(CaliforniumTransport coap) {
        return signIn(coap, reference);
    }

    private static ConnectOutcome signIn(CaliforniumTransport coap, DtlsReference server) {
        AlinkCredentials credentials = AlinkCredentials.tlsIdentity(server.meter.productKey(),
                server.meter.deviceName());
        return coap.connect(credentials.clientId(), credentials.username(), credentials.password(), TIMEOUT);
    }

    private static TraceEntry entry(MessageTrace trace, String kind) {
        return trace.entries().stream().filter(e -> e.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " entry in\n" + ReferenceDevices.text(trace)));
    }
}
