package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.protocol.tls.TrustSource;
import org.thingconform.reference.pki.IssuedCertificate;
import org.thingconform.reference.pki.ThrowawayCa;
import org.thingconform.source.BadInputException;

/**
 * The TLS parts of a descriptor as a lab writes them: a PKCS#12 trust store with its password, a
 * device certificate in a PKCS#12 file and one as PEM with an encrypted key, IXIT versions and
 * suites, host name verification turned off, and the errors of a wrong password or a broken file,
 * each at its place in the descriptor and without the password.
 */
class TlsDescriptorTest {

    private static final ThrowawayCa CA = ThrowawayCa.create("descriptor test CA");
    private static final Map<String, String> ENV = Map.of("P12_PASSWORD", "p12-secret-4711",
            "TRUST_PASSWORD", "trust-secret-0815", "KEY_PASSWORD", "key-secret-1234", "TOKEN", "t");

    @Test
    void trustStoresCertificatesAndIxitChoicesAreRead(@TempDir Path dir) throws Exception {
        Path file = write(dir, "p12-secret-4711");

        PlatformDescriptor descriptor = DescriptorLoader.load(file, ENV::get);

        assertThat(descriptor.mqtt().tls().trust()).isInstanceOf(TrustSource.TrustStore.class);
        assertThat(descriptor.mqtt().tls().versions()).containsExactly("TLSv1.3");
        assertThat(descriptor.mqtt().tls().cipherSuites()).containsExactly("TLS_AES_128_GCM_SHA256");
        assertThat(descriptor.mqtt().tls().serverName()).isEqualTo("broker.example.com");
        assertThat(descriptor.northbound().tls().verifyHostname()).isFalse();
        assertThat(descriptor.northbound().tls().trust()).isInstanceOf(TrustSource.PemBundle.class);
        assertThat(descriptor.devices().get("meter").certificate().subject()).isEqualTo("OU=pk1,CN=meter-1");
        assertThat(descriptor.devices().get("meter").signsInWithCertificate()).isTrue();
        assertThat(descriptor.devices().get("lamp").certificate().subject()).isEqualTo("OU=pk1,CN=lamp-1");
        String view = DescriptorView.masked(descriptor).toString();
        assertThat(view).contains("host name verification OFF").contains("certificate=OU=pk1,CN=meter-1")
                .doesNotContain("p12-secret-4711").doesNotContain("trust-secret-0815").doesNotContain("key-secret-1234");
    }

    @Test
    void aWrongPkcs12PasswordIsALocatedErrorThatHidesThePassword(@TempDir Path dir) throws Exception {
        Path file = write(dir, "the-password-the-file-has");

        assertThatThrownBy(() -> DescriptorLoader.load(file, ENV::get))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":23:")
                .hasMessageContaining("cannot open meter.p12 as a PKCS12 store")
                .hasMessageNotContaining("p12-secret-4711");
    }

    @Test
    void aCaFileThatHoldsNoCertificateIsALocatedError(@TempDir Path dir) throws Exception {
        Path file = write(dir, "p12-secret-4711");
        Files.writeString(dir.resolve("api-ca.pem"), "not a certificate\n");

        assertThatThrownBy(() -> DescriptorLoader.load(file, ENV::get))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":14:")
                .hasMessageContaining("api-ca.pem");
    }

    /** Writes the descriptor and its files; the device's PKCS#12 file is protected by {@code p12Password}. */
    private static Path write(Path dir, String p12Password) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", CA.certificate());
        try (OutputStream out = Files.newOutputStream(dir.resolve("trust.p12"))) {
            trust.store(out, "trust-secret-0815".toCharArray());
        }
        Files.writeString(dir.resolve("api-ca.pem"), CA.certificatePem());
        CA.client("CN=meter-1,OU=pk1").writeKeyStore(dir.resolve("meter.p12"), "PKCS12", "meter",
                p12Password.toCharArray());
        IssuedCertificate lamp = CA.client("CN=lamp-1,OU=pk1");
        Files.writeString(dir.resolve("lamp.crt.pem"), lamp.chainPem());
        StringWriter key = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(key)) {
            writer.writeObject(new JcaPKCS8Generator(lamp.key(), new JceOpenSSLPKCS8EncryptorBuilder(
                    JcaPKCS8Generator.AES_256_CBC).setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                    .setPassword("key-secret-1234".toCharArray()).build()));
        }
        Files.writeString(dir.resolve("lamp.key.pem"), key.toString());
        return Files.writeString(dir.resolve("descriptor.yaml"), """
                name: A platform over TLS
                mqtt:
                  host: broker.internal
                  port: 8883
                  tls:
                    trustStore: {file: trust.p12, password: {env: TRUST_PASSWORD}, type: PKCS12}
                    versions: [TLSv1.3]
                    cipherSuites: [TLS_AES_128_GCM_SHA256]
                    serverName: broker.example.com
                northbound:
                  baseUrl: https://10.1.2.3:8443/api
                  bearerToken: {env: TOKEN}
                  tls:
                    ca: api-ca.pem
                    verifyHostname: false
                  operations:
                    readProperties: {method: GET, path: "/things/{deviceName}", extract: {values: $.values}}
                devices:
                  meter:
                    productKey: pk1
                    deviceName: meter-1
                    certificate:
                      pkcs12: {file: meter.p12}
                      password: {env: P12_PASSWORD}
                  lamp:
                    productKey: pk1
                    deviceName: lamp-1
                    certificate:
                      certificate: lamp.crt.pem
                      key: {file: lamp.key.pem}
                      keyPassword: {env: KEY_PASSWORD}
                ics: {}
                """);
    }
}
