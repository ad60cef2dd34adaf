package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.thingconform.profile.Fields;
import org.thingconform.protocol.tls.ClientKey;
import org.thingconform.protocol.tls.KeyMaterialReader;
import org.thingconform.protocol.tls.PreSharedKey;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.protocol.tls.TrustSource;
import org.thingconform.source.LocatedDocument;

/**
 * Reads a descriptor's TLS settings: the descriptor-wide {@code tls} block and the blocks on
 * single endpoints ({@code mqtt.tls}, {@code coap.dtls}, {@code northbound.tls}, …), whose keys
 * override the descriptor-wide ones; X.509 client identities (PKCS#12, or PEM certificate and
 * key) and DTLS pre-shared keys. Key files are read and parsed here, so a wrong password or a
 * broken PEM file is reported at its place in the descriptor.
 */
final class TlsReader {

    static final Set<String> KEYS = Set.of("ca", "trustStore", "versions", "cipherSuites", "serverName",
            "verifyHostname", "clientCertificate", "rawPublicKey");
    private static final Set<String> VERSIONS = Set.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3", "DTLSv1.2");

    private final LocatedDocument document;
    private final SecretReader secrets;
    private TlsSettings defaults = TlsSettings.DEFAULT;

    TlsReader(LocatedDocument document, SecretReader secrets) {
        this.document = document;
        this.secrets = secrets;
    }

    /** Reads the descriptor-wide {@code tls} block, when there is one. */
    void defaults(Fields top) {
        if (top.has("tls")) {
            defaults = settings(top, "tls");
        }
    }

    /** The descriptor-wide settings (the JVM's trust with host names verified, when the descriptor has none). */
    TlsSettings defaults() {
        return defaults;
    }

    /**
     * The settings for the http(s) URL of an API: its own {@code tls} block over the descriptor-wide
     * one for https; null for plain http (where a {@code tls} block is a mistake).
     */
    TlsSettings forUrl(Fields api, String url) {
        if (!Urls.secure(url)) {
            if (api.has("tls")) {
                throw api.error("tls", "a 'tls' block on the plain http URL " + url, "an https URL, or no tls block");
            }
            return null;
        }
        return api.has("tls") ? settings(api, "tls") : defaults;
    }

    /** The block under {@code key} ({@code true}, {@code {}} or a mapping of {@link #KEYS}) over the defaults. */
    TlsSettings settings(Fields owner, String key) {
        JsonNode node = owner.node().get(key);
        if (node != null && node.isBoolean()) {
            if (!node.booleanValue()) {
                throw owner.error(key, "'" + key + ": false' is not needed", "leave the block out for a plain connection");
            }
            return defaults;
        }
        Fields f = Fields.of(document, owner.child(key), owner.requiredObject(key, "TLS settings {ca, versions, …}"),
                "'" + key + "'", KEYS);
        if (f.has("ca") && f.has("trustStore")) {
            throw f.error("trustStore", "both 'ca' and 'trustStore' are given", "one of them");
        }
        TrustSource trust = f.has("ca") ? pemBundle(f) : f.has("trustStore") ? trustStore(f) : defaults.trust();
        List<String> versions = f.has("versions") ? versions(f) : defaults.versions();
        List<String> suites = f.has("cipherSuites") ? f.textList("cipherSuites") : defaults.cipherSuites();
        String serverName = f.optionalText("serverName", defaults.serverName());
        boolean verify = f.optionalBoolean("verifyHostname", defaults.verifyHostname());
        ClientKey client = f.has("clientCertificate") ? clientKey(f, "clientCertificate") : defaults.clientKey();
        boolean rawPublicKey = f.optionalBoolean("rawPublicKey", defaults.rawPublicKey());
        return new TlsSettings(trust, versions, suites, serverName, verify, client, null, rawPublicKey);
    }

    /**
     * An X.509 client identity: {@code {pkcs12: FILE, password: SECRET}} or
     * {@code {certificate: FILE, key: FILE, keyPassword: SECRET}} (PEM); null when validating without
     * the files at hand.
     */
    ClientKey clientKey(Fields owner, String key) {
        Fields f = Fields.of(document, owner.child(key), owner.requiredObject(key,
                "{pkcs12: {file: …}, password: {env: …}} or {certificate: {file: …}, key: {file: …}}"),
                "'" + key + "'", Set.of("pkcs12", "password", "certificate", "key", "keyPassword"));
        if (f.has("pkcs12") == f.has("certificate")) {
            throw f.error(null, "a client certificate needs either 'pkcs12' or 'certificate' with 'key'",
                    "{pkcs12: {file: device.p12}, password: {env: VARIABLE}} or "
                            + "{certificate: device.crt.pem, key: {file: device.key.pem}}");
        }
        try {
            if (f.has("pkcs12")) {
                SecretReader.Material p12 = secrets.material(f, "pkcs12");
                char[] password = f.has("password") ? secrets.secret(f, "password").reveal().toCharArray() : new char[0];
                return p12.empty() ? null : KeyMaterialReader.pkcs12(p12.bytes(), password, p12.name());
            }
            if (!f.has("key")) {
                throw f.error(null, "'certificate' is given without 'key'", "key: {file: device.key.pem}");
            }
            SecretReader.Material certificate = secrets.material(f, "certificate");
            SecretReader.Material privateKey = secrets.material(f, "key");
            char[] password = f.has("keyPassword") ? secrets.secret(f, "keyPassword").reveal().toCharArray() : null;
            return certificate.empty() || privateKey.empty() ? null
                    : KeyMaterialReader.pem(certificate.bytes(), certificate.name(), privateKey.bytes(),
                    privateKey.name(), password);
        } catch (IllegalArgumentException e) {
            throw f.error(f.has("pkcs12") ? "pkcs12" : "key", e.getMessage(),
                    "a readable client certificate and private key");
        }
    }

    /**
     * A DTLS pre-shared key {@code {identity: TEXT or SECRET, key: SECRET, keyEncoding: utf8|hex|base64}};
     * null when validating without the secret at hand.
     */
    PreSharedKey psk(Fields owner, String key) {
        Fields f = Fields.of(document, owner.child(key), owner.requiredObject(key,
                "{identity: …, key: {env: VARIABLE}}"), "'" + key + "'", Set.of("identity", "key", "keyEncoding"));
        JsonNode identityNode = f.node().get("identity");
        String identity = identityNode != null && identityNode.isObject() ? secrets.secret(f, "identity").reveal()
                : f.requiredText("identity", "the PSK identity, as text or {env: VARIABLE}");
        String value = secrets.secret(f, "key").reveal();
        String encoding = f.optionalText("keyEncoding", "utf8");
        if (value.isEmpty()) {
            return null;
        }
        try {
            byte[] bytes = switch (encoding) {
                case "utf8" -> value.getBytes(StandardCharsets.UTF_8);
                case "hex" -> HexFormat.of().parseHex(value);
                case "base64" -> Base64.getDecoder().decode(value);
                default -> throw f.error("keyEncoding", "unknown key encoding '" + encoding + "'", "utf8, hex or base64");
            };
            return new PreSharedKey(identity, bytes);
        } catch (IllegalArgumentException e) {
            throw f.error("key", "the pre-shared key is not valid " + encoding, "a key in the encoding keyEncoding names");
        }
    }

    private TrustSource pemBundle(Fields f) {
        SecretReader.Material pem = secrets.material(f, "ca");
        if (pem.empty()) {
            return defaults.trust();
        }
        try {
            return new TrustSource.PemBundle(pem.name(), KeyMaterialReader.certificates(pem.bytes(), pem.name()));
        } catch (IllegalArgumentException e) {
            throw f.error("ca", e.getMessage(), "a PEM file of CA certificates (-----BEGIN CERTIFICATE-----)");
        }
    }

    private TrustSource trustStore(Fields owner) {
        Fields f = Fields.of(document, owner.child("trustStore"), owner.requiredObject("trustStore",
                "{file: …, password: {env: …}, type: PKCS12}"), "'trustStore'", Set.of("file", "password", "type"));
        String type = f.optionalText("type", "PKCS12");
        if (!type.equals("PKCS12") && !type.equals("JKS")) {
            throw f.error("type", "unknown trust store type '" + type + "'", "PKCS12 or JKS");
        }
        SecretReader.Material file = secrets.material(f, "file");
        return file.empty() ? defaults.trust() : load(f, file, type);
    }

    private TrustSource load(Fields f, SecretReader.Material file, String type) {
        char[] password = f.has("password") ? secrets.secret(f, "password").reveal().toCharArray() : null;
        try {
            KeyStore store = KeyMaterialReader.store(file.bytes(), type, password, file.name());
            return new TrustSource.TrustStore(file.name(), store);
        } catch (IllegalArgumentException e) {
            throw f.error("file", e.getMessage(), "a " + type + " trust store and its password");
        }
    }

    private List<String> versions(Fields f) {
        List<String> versions = f.textList("versions");
        for (int i = 0; i < versions.size(); i++) {
            if (!VERSIONS.contains(versions.get(i))) {
                throw document.error(f.child("versions") + "/" + i, "unknown TLS version '" + versions.get(i) + "'",
                        "one of " + VERSIONS.stream().sorted().toList());
            }
        }
        return versions;
    }
}
