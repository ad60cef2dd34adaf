package org.thingconform.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code SHA256SUMS} in the coreutils format {@code sha256sum -c} checks: one line
 * {@code <64 hex>  <path>} per file, paths relative to the folder with {@code /}, sorted.
 *
 * @param digests relative path → hex SHA-256
 */
public record Sha256Sums(SortedMap<String, String> digests) {

    /** The manifest's file name. */
    public static final String FILE_NAME = "SHA256SUMS";
    /** The detached signature of the manifest, which the manifest cannot list. */
    public static final String SIGNATURE = "SHA256SUMS.p7s";

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](.+)");

    public Sha256Sums {
        digests = Collections.unmodifiableSortedMap(new TreeMap<>(digests));
    }

    /** The digests of every file below {@code dir} but those named in {@code excluded} (relative paths). */
    public static Sha256Sums of(Path dir, Set<String> excluded) {
        SortedMap<String, String> digests = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = relative(dir, file);
                if (!excluded.contains(name)) {
                    digests.put(name, FileDigest.sha256(file));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new EvidenceException(dir + ": error: cannot list for " + FILE_NAME + " (" + e.getMessage() + ")", e);
        }
        return new Sha256Sums(digests);
    }

    /** Writes {@code dir/SHA256SUMS} over every file in {@code dir} but the manifest and its signature. */
    public static Sha256Sums write(Path dir) {
        Sha256Sums sums = of(dir, Set.of(FILE_NAME, SIGNATURE));
        try {
            Files.write(dir.resolve(FILE_NAME), sums.bytes());
        } catch (IOException e) {
            throw new EvidenceException(dir.resolve(FILE_NAME) + ": error: cannot write (" + e.getMessage() + ")", e);
        }
        return sums;
    }

    /**
     * The manifest in {@code text}.
     *
     * @throws EvidenceException naming {@code source} and the line that is not {@code <hex>  <path>}
     */
    public static Sha256Sums parse(byte[] text, String source) {
        SortedMap<String, String> digests = new TreeMap<>();
        String[] lines = new String(text, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty() && i == lines.length - 1) {
                break;
            }
            Matcher m = LINE.matcher(lines[i]);
            if (!m.matches()) {
                throw new EvidenceException(source + ":" + (i + 1) + ": error: not a SHA256SUMS line; expected "
                        + "'<64 lower-case hex digits>  <path>' as sha256sum writes it");
            }
            digests.put(m.group(2), m.group(1));
        }
        return new Sha256Sums(digests);
    }

    /** The manifest as {@code sha256sum} writes it. */
    public String text() {
        StringBuilder text = new StringBuilder();
        digests.forEach((path, sha) -> text.append(sha).append("  ").append(path).append('\n'));
        return text.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    private static String relative(Path dir, Path file) {
        String name = dir.relativize(file).toString().replace('\\', '/');
        if (name.contains("\n") || name.contains("\\")) {
            throw new EvidenceException(file + ": error: a file name with a line break or backslash cannot be listed "
                    + "in " + FILE_NAME + " as sha256sum reads it; rename it");
        }
        return name;
    }
}
