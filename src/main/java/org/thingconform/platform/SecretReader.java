package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.function.Function;
import org.thingconform.profile.Fields;
import org.thingconform.source.InputProblem;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.Warnings;

/**
 * Reads the secrets of a platform descriptor: each is {@code {env: NAME}} or {@code {file: PATH}}
 * (relative to the descriptor), never the value itself. When validating, a secret that cannot be
 * read is a warning and comes back empty; in a run it stops the load at its place in the file.
 */
final class SecretReader {

    private final LocatedDocument document;
    private final Function<String, String> environment;
    private final Warnings unreadableSecrets;

    SecretReader(LocatedDocument document, Function<String, String> environment, Warnings unreadableSecrets) {
        this.document = document;
        this.environment = environment;
        this.unreadableSecrets = unreadableSecrets;
    }

    /** Whether secrets that cannot be read are only warned about (validation). */
    boolean lenient() {
        return unreadableSecrets != null;
    }

    /** The secret under {@code key}, as text (a file's content without surrounding white space). */
    Secret secret(Fields owner, String key) {
        JsonNode node = owner.node().get(key);
        if (node == null || !node.isObject()) {
            throw owner.error(key, "'" + key + "' must name where the secret is, not hold it",
                    "{env: VARIABLE} or {file: path}");
        }
        Fields f = Fields.of(document, owner.child(key), node, "secret '" + key + "'", Set.of("env", "file"));
        if (f.has("env")) {
            String name = f.requiredText("env", "an environment variable name");
            String value = environment.apply(name);
            if (value == null || value.isEmpty()) {
                return unreadable(f, "env", "environment variable " + name + " is not set", "the secret in " + name);
            }
            return new Secret(value);
        }
        String path = f.requiredText("file", "a file holding the secret");
        Path file = document.file().resolveSibling(path);
        try {
            return new Secret(Files.readString(file).strip());
        } catch (IOException e) {
            return unreadable(f, "file", "cannot read secret file " + file, "a readable file holding the secret");
        }
    }

    /** Stops the load, or, when validating, warns and goes on with an empty secret. */
    private Secret unreadable(Fields secret, String key, String problem, String expected) {
        if (unreadableSecrets == null) {
            throw secret.error(key, problem, expected);
        }
        unreadableSecrets.warn(InputProblem.warning(document.locate(secret.child(key)),
                problem + ": fine for validation, but a run would stop here", expected));
        return new Secret("");
    }


    /**
     * Binary key material under {@code key} ({@code {file: PATH}} read as bytes, or {@code {env: NAME}}
     * holding PEM text or base64), with a name for messages; empty bytes when validating and unreadable.
     */
    Material material(Fields owner, String key) {
        JsonNode node = owner.node().get(key);
        if (node != null && node.isTextual()) {
            // a bare path, for files that are no secret (certificates, CA bundles)
            return file(owner, key, node.textValue());
        }
        if (node == null || !node.isObject()) {
            throw owner.error(key, "'" + key + "' must name a file or where the key material is",
                    "{file: path relative to the descriptor} or {env: VARIABLE}");
        }
        Fields f = Fields.of(document, owner.child(key), node, "'" + key + "'", Set.of("env", "file"));
        if (f.has("file")) {
            return file(f, "file", f.requiredText("file", "a file path"));
        }
        String name = f.requiredText("env", "an environment variable name");
        String value = environment.apply(name);
        if (value == null || value.isEmpty()) {
            unreadable(f, "env", "environment variable " + name + " is not set", "the key material in " + name);
            return new Material("environment variable " + name, new byte[0], f.location().toString());
        }
        byte[] bytes = value.contains("-----BEGIN") ? value.getBytes(StandardCharsets.US_ASCII) : base64(f, name, value);
        return new Material("environment variable " + name, bytes, f.location().toString());
    }

    private Material file(Fields owner, String key, String path) {
        Path file = document.file().resolveSibling(path);
        try {
            return new Material(path, Files.readAllBytes(file), owner.location().toString());
        } catch (IOException e) {
            unreadable(owner, key, "cannot read " + file, "a readable file");
            return new Material(path, new byte[0], owner.location().toString());
        }
    }

    private static byte[] base64(Fields f, String name, String value) {
        try {
            return Base64.getMimeDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw f.error("env", "environment variable " + name + " holds neither PEM text nor base64",
                    "PEM text (-----BEGIN …) or the base64 of a PKCS#12 file");
        }
    }

    /** Key material read from a file or the environment: its name for messages, its bytes, where it is named. */
    record Material(String name, byte[] bytes, String where) {
        boolean empty() {
            return bytes.length == 0;
        }
    }
}
