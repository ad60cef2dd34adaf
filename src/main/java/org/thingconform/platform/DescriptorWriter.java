package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.HexFormat;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.thingconform.protocol.tls.ClientKey;
import org.thingconform.protocol.tls.TlsContexts;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.protocol.tls.TrustSource;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a {@link PlatformDescriptor} as the descriptor YAML {@link DescriptorLoader} reads, so
 * a platform started by one process can be tested by another as any third-party platform. No
 * secret is written inline: each goes to its own file, readable by the user only (0600), in a
 * folder beside the descriptor readable by the user only (0700), and the descriptor names it
 * as {@code {file: …}}.
 */
public final class DescriptorWriter {

    /** The suffix of the secrets folder beside a descriptor {@code x.yaml}: {@code x.yaml.secrets}. */
    public static final String SECRETS_SUFFIX = ".secrets";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private final Path secretsDir;
    private final Set<String> secretNames = new LinkedHashSet<>();

    private DescriptorWriter(Path secretsDir) {
        this.secretsDir = secretsDir;
    }

    /**
     * Writes {@code descriptor} to {@code file}, replacing it, and its secrets to
     * {@link #secretsDir(Path)}, replacing that folder. The descriptor appears at once and
     * complete (written beside and moved into place), after its secrets.
     *
     * @param header comment lines written at the top of the file, without {@code #}
     * @throws UncheckedIOException when a file cannot be written
     */
    public static void write(PlatformDescriptor descriptor, Path file, List<String> header) {
        Path target = file.toAbsolutePath().normalize();
        Path secrets = secretsDir(target);
        try {
            Files.createDirectories(target.getParent());
            deleteTree(secrets);
            Files.createDirectory(secrets, ownerOnly("rwx------", secrets));
            String yaml = YAML.writeValueAsString(new DescriptorWriter(secrets).tree(descriptor));
            StringBuilder text = new StringBuilder();
            header.forEach(line -> text.append("# ").append(line).append('\n'));
            text.append(yaml);
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the platform descriptor " + target + ": " + e.getMessage(), e);
        }
    }

    /** The folder holding the secrets of the descriptor {@code file}. */
    public static Path secretsDir(Path file) {
        Path target = file.toAbsolutePath().normalize();
        return target.resolveSibling(target.getFileName() + SECRETS_SUFFIX);
    }

    /** Deletes the secrets folder of the descriptor {@code file}, if there is one. */
    public static void deleteSecrets(Path file) {
        try {
            deleteTree(secretsDir(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the secrets of " + file + ": " + e.getMessage(), e);
        }
    }

    private ObjectNode tree(PlatformDescriptor d) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.put("name", d.name());
        if (d.version() != null) {
            root.put("version", d.version());
        }
        if (d.maxConcurrency() != null) {
            root.put("maxConcurrency", d.maxConcurrency());
        }
        if (!d.tls().equals(TlsSettings.DEFAULT)) {
            root.set("tls", tls(d.tls(), "tls"));
        }
        if (d.mqtt() != null) { // a WoT servient or an LwM2M server alone has no broker
            ObjectNode mqtt = endpoint(d.mqtt(), "tls", "mqtt");
            if (d.mqttAccount() != null) {
                mqtt.put("username", d.mqttAccount().username());
                mqtt.set("password", secret("mqtt-password", d.mqttAccount().password()));
            }
            root.set("mqtt", mqtt);
        }
        if (d.coap() != null) {
            root.set("coap", endpoint(d.coap(), "dtls", "coap"));
        }
        if (d.http() != null) {
            root.putObject("http").put("baseUrl", d.http());
        }
        if (d.northbound() != null) {
            root.set("northbound", api(d.northbound(), "northbound"));
        }
        if (d.interconnection().isPresent()) {
            root.set("interconnection", api(d.interconnection().get(), "interconnection"));
        }
        if (d.lwm2m() != null) {
            ObjectNode lwm2m = root.putObject("lwm2m");
            lwm2m.set("server", endpoint(d.lwm2m().server(), "dtls", "lwm2m"));
            lwm2m.set("api", api(d.lwm2m().api(), "lwm2m-api"));
            if (!d.lwm2m().absentStatus().equals(Lwm2mServerDescriptor.DEFAULT_ABSENT_STATUS)) {
                var absent = lwm2m.putArray("absentStatus");
                d.lwm2m().absentStatus().forEach(absent::add);
            }
            if (!d.lwm2m().formats().isEmpty()) {
                ObjectNode formats = lwm2m.putObject("formats");
                new TreeMap<>(d.lwm2m().formats()).forEach(formats::put);
            }
            if (d.lwm2m().events() != null) {
                lwm2m.set("events", events(d.lwm2m().events()));
            }
        }
        if (d.wot() != null) {
            ObjectNode things = root.putObject("wot").putObject("things");
            new TreeMap<>(d.wot().things()).forEach(things::put);
        }
        ObjectNode devices = root.putObject("devices");
        for (Map.Entry<String, DeviceIdentity> e : new TreeMap<>(d.devices()).entrySet()) {
            ObjectNode device = devices.putObject(e.getKey());
            device(device, "device-" + e.getKey(), e.getValue());
            List<DeviceIdentity> pool = d.pools().getOrDefault(e.getKey(), List.of());
            if (!pool.isEmpty()) {
                var more = device.putArray("pool");
                for (int i = 0; i < pool.size(); i++) {
                    device(more.addObject(), "device-" + e.getKey() + "-" + (i + 1), pool.get(i));
                }
            }
        }
        ObjectNode ics = root.putObject("ics");
        new TreeMap<>(d.ics()).forEach(ics::put);
        if (!d.ixit().isEmpty()) {
            ObjectNode ixit = root.putObject("ixit");
            new TreeMap<>(d.ixit()).forEach(ixit::set);
        }
        return root;
    }

    /** Writes {@code identity} into {@code device}, its secrets into files named after {@code name}. */
    private void device(ObjectNode device, String name, DeviceIdentity identity) throws IOException {
        device.put("productKey", identity.productKey());
        device.put("deviceName", identity.deviceName());
        if (identity.deviceSecret() != null) {
            device.set("deviceSecret", secret(name, identity.deviceSecret()));
        }
        if (identity.certificate() != null) {
            device.set("certificate", clientKey(name, identity.certificate()));
        }
        if (identity.psk() != null) {
            ObjectNode psk = device.putObject("psk");
            psk.set("identity", secret(name + "-psk-identity", new Secret(identity.psk().identity())));
            psk.set("key", secret(name + "-psk-key", new Secret(HexFormat.of().formatHex(identity.psk().key()))));
            psk.put("keyEncoding", "hex");
        }
        identity.peer().ifPresent(peer -> device.put("peerId", peer));
    }

    private ObjectNode endpoint(Endpoint endpoint, String securityKey, String name) throws IOException {
        ObjectNode node = NODES.objectNode();
        node.put("host", endpoint.host());
        node.put("port", endpoint.port());
        if (endpoint.secure()) {
            node.set(securityKey, tls(endpoint.tls(), name));
        }
        return node;
    }

    /**
     * A TLS block: the trust as a PEM bundle file (the JVM default is left out; a trust store is written
     * as the PEM of the CAs it trusts), the IXIT choices, and a client certificate as PEM files.
     */
    private ObjectNode tls(TlsSettings settings, String name) throws IOException {
        ObjectNode node = NODES.objectNode();
        if (!(settings.trust() instanceof TrustSource.JvmDefault)) {
            node.set("ca", pem(name + "-ca.pem", TlsContexts.trustedCertificates(settings.trust()).toArray()));
        }
        if (!settings.versions().isEmpty()) {
            settings.versions().forEach(node.putArray("versions")::add);
        }
        if (!settings.cipherSuites().isEmpty()) {
            settings.cipherSuites().forEach(node.putArray("cipherSuites")::add);
        }
        if (settings.serverName() != null) {
            node.put("serverName", settings.serverName());
        }
        if (!settings.verifyHostname()) {
            node.put("verifyHostname", false);
        }
        if (settings.clientKey() != null) {
            node.set("clientCertificate", clientKey(name + "-client", settings.clientKey()));
        }
        if (settings.rawPublicKey()) {
            node.put("rawPublicKey", true);
        }
        return node;
    }

    /** A client certificate as a PEM chain and a PEM key, each in its own owner-only file. */
    private ObjectNode clientKey(String name, ClientKey key) throws IOException {
        ObjectNode node = NODES.objectNode();
        node.set("certificate", pem(name + ".crt.pem", key.chain().toArray()));
        node.set("key", pem(name + ".key.pem", new JcaPKCS8Generator(key.key(), null).generate()));
        return node;
    }

    /** Writes {@code objects} (certificates, a private key) as PEM to an owner-only file; returns {@code {file: …}}. */
    private JsonNode pem(String name, Object... objects) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        }
        return secret(name, new Secret(text.toString()));
    }

    private ObjectNode api(NorthboundApi api, String key) throws IOException {
        ObjectNode node = NODES.objectNode();
        node.put("baseUrl", api.baseUrl());
        if (api.tls() != null && !api.tls().equals(TlsSettings.DEFAULT)) {
            node.set("tls", tls(api.tls(), key));
        }
        ApiAuth auth = api.auth();
        if (auth instanceof ApiAuth.StaticBearer bearer) {
            node.set("bearerToken", secret(key + "-token", bearer.token()));
        } else if (auth instanceof ApiAuth.ClientCredentials credentials) {
            ObjectNode a = node.putObject("auth");
            a.put("style", "clientCredentials");
            a.put("clientId", credentials.clientId());
            a.set("clientSecret", secret(key + "-client-secret", credentials.clientSecret()));
            a.put("clientAuthentication", credentials.method().wireName());
        } else if (auth instanceof ApiAuth.ApiKey apiKey) {
            ObjectNode a = node.putObject("auth");
            a.put("style", "apiKey");
            a.put("header", apiKey.header());
            a.set("key", secret(key + "-api-key", apiKey.key()));
        } else if (auth instanceof ApiAuth.Basic basic) {
            ObjectNode a = node.putObject("auth");
            a.put("style", "basic");
            a.put("username", basic.username());
            a.set("password", secret(key + "-password", basic.password()));
        }
        ObjectNode operations = node.putObject("operations");
        new TreeMap<>(api.operations()).forEach((name, op) -> operations.set(name, operation(op)));
        if (api.push().isPresent()) {
            PushSettings push = api.push().get();
            ObjectNode p = node.putObject("push");
            p.set("secret", secret(key + "-push-secret", push.secret()));
            p.put("signatureHeader", push.signatureHeader());
            p.put("signaturePrefix", push.signaturePrefix());
            putTexts(p, "fields", new TreeMap<>(push.fields()));
        }
        return node;
    }

    private static ObjectNode events(Lwm2mEventStream events) {
        ObjectNode node = NODES.objectNode();
        node.put("path", events.path());
        putTexts(node, "query", events.query());
        putTexts(node, "headers", events.headers());
        putTexts(node, "kinds", new TreeMap<>(events.kinds()));
        if (!events.fields().isEmpty()) {
            ObjectNode fields = node.putObject("fields");
            new TreeMap<>(events.fields()).forEach((name, paths) -> {
                if (paths.size() == 1) {
                    fields.put(name, paths.get(0));
                } else {
                    paths.forEach(fields.putArray(name)::add);
                }
            });
        }
        return node;
    }

    private static ObjectNode operation(NorthboundOperation op) {
        ObjectNode node = NODES.objectNode();
        node.put("method", op.method());
        node.put("path", op.path());
        putTexts(node, "query", op.query());
        putTexts(node, "headers", op.headers());
        putTexts(node, "form", op.form());
        if (op.body() != null && !op.body().isNull()) {
            node.set("body", op.body());
        }
        putTexts(node, "extract", new TreeMap<>(op.extract()));
        if (!op.fields().isEmpty()) {
            ObjectNode fields = node.putObject("fields");
            new TreeMap<>(op.fields()).forEach((list, paths) -> putTexts(fields, list, paths));
        }
        if (!op.expectStatus().isEmpty()) {
            op.expectStatus().forEach(node.putArray("expectStatus")::add);
        }
        return node;
    }

    private static void putTexts(ObjectNode owner, String key, Map<String, String> texts) {
        if (!texts.isEmpty()) {
            ObjectNode node = owner.putObject(key);
            texts.forEach(node::put);
        }
    }

    /** Writes {@code secret} to its own owner-only file and returns the descriptor's reference to it. */
    private JsonNode secret(String name, Secret secret) throws IOException {
        String fileName = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String unique = fileName;
        for (int i = 2; !secretNames.add(unique); i++) {
            unique = fileName + "-" + i;
        }
        Path file = secretsDir.resolve(unique);
        try {
            Files.createFile(file, ownerOnly("rw-------", file));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("secret file " + file + " appeared while the descriptor was written", e);
        }
        Files.writeString(file, secret.reveal(), StandardCharsets.UTF_8);
        return NODES.objectNode().put("file", secretsDir.getFileName() + "/" + unique);
    }

    /** The permissions to create a file or folder with, where the file system has POSIX permissions. */
    private static FileAttribute<?>[] ownerOnly(String permissions, Path where) {
        boolean posix = where.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            return new FileAttribute<?>[0];
        }
        Set<PosixFilePermission> set = PosixFilePermissions.fromString(permissions);
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(set)};
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
