package org.thingconform.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.thingconform.source.BadInputException;

/**
 * One file a run read (profile, thing model, platform descriptor) and the SHA-256 of its
 * content when the run started, so a resume can refuse inputs that changed since.
 *
 * @param path   the absolute path
 * @param sha256 the hex SHA-256 of the content
 */
public record InputDigest(String path, String sha256) {

    /** The digest of {@code file} now. */
    public static InputDigest of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new InputDigest(absolute.toString(), sha256(absolute));
    }

    /** What differs from now, in one line naming the file, or null when the file is unchanged. */
    public String change() {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            return path + ": the run read this file, which is gone";
        }
        String now = sha256(file);
        return now.equals(sha256) ? null
                : path + ": changed since the run started (SHA-256 was " + sha256 + ", is " + now + ")";
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new BadInputException(file + ": error: cannot read (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
