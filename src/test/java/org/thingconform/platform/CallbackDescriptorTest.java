package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.reference.pki.IssuedCertificate;
import org.thingconform.reference.pki.ThrowawayCa;
import org.thingconform.source.BadInputException;

/**
 * The interconnection API's {@code callback}: bind address, port, public URL and the HTTPS server
 * certificate are read, the defaults hold without it, the masked view names the certificate but
 * never its key, and a wrong value is an error at its place in the file.
 */
class CallbackDescriptorTest {

    private static final String FIXTURE = """
            name: Callback fixture
            mqtt: {host: 127.0.0.1, port: 1883}
            interconnection:
              baseUrl: https://iot.example.com/peer
              operations:
                subscribe:
                  method: POST
                  path: /subscriptions
                  body: {callbackUrl: "{callbackUrl}"}
                  extract: {subscriptionId: $.id}
              callback:
                bind: 0.0.0.0
                port: 8443
                publicUrl: https://callbacks.lab.example.com/tc/
                tls: {certificate: callback.crt.pem, key: {file: callback.key.pem}}
            ics: {}
            """;

    @TempDir
    Path dir;
    private IssuedCertificate certificate;

    @BeforeEach
    void writeCertificate() throws IOException {
        certificate = ThrowawayCa.create("callback test CA").server("callbacks.lab.example.com");
        Files.writeString(dir.resolve("callback.crt.pem"), certificate.chainPem());
        Files.writeString(dir.resolve("callback.key.pem"), certificate.keyPem());
    }

    private PlatformDescriptor load(String text) throws IOException {
        Path file = dir.resolve("callback.descriptor.yaml");
        Files.writeString(file, text);
        return DescriptorLoader.load(file, Map.<String, String>of()::get);
    }

    @Test
    void bindPortPublicUrlAndTheServerCertificateAreRead() throws IOException {
        CallbackSettings callback = load(FIXTURE).interconnection().orElseThrow().callback();

        assertThat(callback.bind()).isEqualTo("0.0.0.0");
        assertThat(callback.port()).isEqualTo(8443);
        assertThat(callback.publicUrl()).isEqualTo("https://callbacks.lab.example.com/tc");
        assertThat(callback.secure()).isTrue();
        assertThat(callback.certificate().certificate()).isEqualTo(certificate.certificate());
        assertThat(callback.certificate().key()).isEqualTo(certificate.key());
        assertThat(callback.where()).isEqualTo(dir.resolve("callback.descriptor.yaml") + ":12:5");
    }

    @Test
    void withoutACallbackBlockTheReceiverTakesAFreeLoopbackPortOverHttp() throws IOException {
        int start = FIXTURE.indexOf("  callback:");
        int end = FIXTURE.indexOf("ics:");
        PlatformDescriptor descriptor = load(FIXTURE.substring(0, start) + FIXTURE.substring(end));

        assertThat(descriptor.interconnection().orElseThrow().callback()).isEqualTo(CallbackSettings.LOOPBACK);
    }

    @Test
    void theManifestNamesWhereTheReceiverListensAndItsCertificateButNotItsKey() throws IOException {
        PlatformDescriptor descriptor = load(FIXTURE);

        @SuppressWarnings("unchecked")
        Map<String, Object> interconnection = (Map<String, Object>) DescriptorView.masked(descriptor).get("interconnection");
        assertThat(interconnection.get("callback")).isEqualTo(Map.of("bind", "0.0.0.0", "port", 8443,
                "publicUrl", "https://callbacks.lab.example.com/tc",
                "tls", "https with certificate CN=callbacks.lab.example.com"));
        String keyBody = certificate.keyPem().lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
        assertThat(DescriptorView.masked(descriptor) + " " + descriptor).doesNotContain(keyBody);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "port out of range      | 'port: 8443'   | 'port: 70000'                      | 13:11 | port 70000 is not a TCP port",
        "port not a number      | 'port: 8443'   | 'port: https'                      | 13:11 | 'port' must be an integer",
        "public URL without scheme | 'publicUrl: https://callbacks.lab.example.com/tc/' | 'publicUrl: callbacks.lab.example.com' | 14:16 | is not an http(s) URL with a host",
        "public URL with a query   | 'publicUrl: https://callbacks.lab.example.com/tc/' | 'publicUrl: https://callbacks.lab.example.com/tc?a=1' | 14:16 | has a query or fragment",
        "wildcard without public URL | '    publicUrl: https://callbacks.lab.example.com/tc/\n' | '' | 12:11 | bind 0.0.0.0 listens on every interface",
        "bind with a space      | 'bind: 0.0.0.0' | 'bind: 192.0.2.1 8080'            | 12:11 | '192.0.2.1 8080' is not an address",
        "unknown key            | 'bind: 0.0.0.0' | 'address: 0.0.0.0'                | 12:5  | unknown key 'address'",
        "certificate without key | ', key: {file: callback.key.pem}' | ''                       | 15:10 | 'certificate' is given without 'key'",
        "key that is no key     | 'key: {file: callback.key.pem}' | 'key: {file: callback.crt.pem}' | 15:47 | callback.crt.pem holds no PEM private key"})
    void aWrongCallbackIsALocatedError(String what, String original, String broken, String position, String message)
            throws IOException {
        String from = original.replace("'", "").replace("\\n", "\n");
        assertThat(FIXTURE).as("the fixture holds %s", from).contains(from);
        Path file = dir.resolve("callback.descriptor.yaml");

        assertThatThrownBy(() -> load(FIXTURE.replace(from, broken.replace("'", ""))))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":" + position + ":")
                .hasMessageContaining(message);
    }
}
