package org.thingconform.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file (or folder) and its SHA-256. A folder's digest is that of its {@link Sha256Sums}
 * listing, so it changes when any file in it does.
 *
 * @param path   where it was
 * @param sha256 hex SHA-256, or {@code absent} when nothing was there
 */
public record FileDigest(String path, String sha256) {

    /** The digest of {@code path} now: a file's content, a folder's listing. */
    public static FileDigest of(Path path) {
        if (Files.isDirectory(path)) {
            return new FileDigest(path.toString(), "tree:" + sha256(Sha256Sums.of(path, java.util.Set.of()).text()
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return new FileDigest(path.toString(), Files.isRegularFile(path) ? sha256(path) : "absent");
    }

    /** The hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The hex SHA-256 of the content of {@code file}. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The hex SHA-256 of what {@code in} holds, read to its end. */
    public static String sha256(InputStream in) throws IOException {
        DigestInputStream digesting = new DigestInputStream(in, digest());
        digesting.transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
