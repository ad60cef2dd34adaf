package org.thingconform.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an evidence folder or zip bundle holds: the SHA-256 of every file, by its path relative
 * to {@code evidence/}, and the content of the few files a verifier reads.
 *
 * @param digests    path → hex SHA-256 of every file
 * @param files      path → content of the files named in {@link #READ}
 * @param duplicates paths a zip holds more than once
 */
public record BundleContent(SortedMap<String, String> digests, Map<String, byte[]> files, List<String> duplicates) {

    /** The files whose content is kept. */
    public static final Set<String> READ = Set.of(Sha256Sums.FILE_NAME, Sha256Sums.SIGNATURE, EvidenceFolder.SIGNER,
            EvidenceRun.FILE_NAME, "reports/clause-matrix.json");

    public BundleContent {
        digests = Collections.unmodifiableSortedMap(new TreeMap<>(digests));
        files = Map.copyOf(files);
        duplicates = List.copyOf(duplicates);
    }

    /**
     * The content of {@code source}: a zip that {@code --bundle} wrote, an {@code evidence/} folder,
     * or a results folder holding one.
     *
     * @throws EvidenceException one line naming {@code source} when it is none of those or unreadable
     */
    public static BundleContent read(Path source) {
        try {
            if (Files.isDirectory(source)) {
                Path dir = Files.isRegularFile(source.resolve(Sha256Sums.FILE_NAME))
                        || !Files.isDirectory(source.resolve(EvidenceFolder.DIR_NAME)) ? source
                        : source.resolve(EvidenceFolder.DIR_NAME);
                return folder(dir);
            }
            if (Files.isRegularFile(source)) {
                return zip(source);
            }
        } catch (IOException e) {
            throw new EvidenceException(source + ": error: cannot read the evidence (" + e.getMessage() + ")", e);
        }
        throw new EvidenceException(source + ": error: no such file or folder; expected an evidence bundle (zip) "
                + "or a folder holding " + Sha256Sums.FILE_NAME);
    }

    private static BundleContent folder(Path dir) throws IOException {
        SortedMap<String, String> digests = new TreeMap<>();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (READ.contains(name)) {
                    byte[] bytes = Files.readAllBytes(file);
                    files.put(name, bytes);
                    digests.put(name, FileDigest.sha256(bytes));
                } else {
                    digests.put(name, FileDigest.sha256(file));
                }
            }
        }
        return new BundleContent(digests, files, List.of());
    }

    private static BundleContent zip(Path zip) throws IOException {
        SortedMap<String, String> digests = new TreeMap<>();
        Map<String, byte[]> files = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        int entries = 0;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zipped = new ZipInputStream(in)) {
            for (ZipEntry entry = zipped.getNextEntry(); entry != null; entry = zipped.getNextEntry()) {
                entries++;
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().startsWith(EvidenceZip.ROOT)
                        ? entry.getName().substring(EvidenceZip.ROOT.length()) : entry.getName();
                String digest;
                if (READ.contains(name)) {
                    byte[] bytes = zipped.readAllBytes();
                    files.put(name, bytes);
                    digest = FileDigest.sha256(bytes);
                } else {
                    digest = FileDigest.sha256(zipped);
                }
                if (digests.put(name, digest) != null) {
                    duplicates.add(name);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new EvidenceException(zip + ": error: not a readable zip (" + e.getMessage() + "); expected the "
                    + "bundle 'thingconform run --bundle FILE.zip' writes", e);
        }
        if (entries == 0) {
            throw new EvidenceException(zip + ": error: not an evidence bundle (no zip entries); expected the "
                    + "bundle 'thingconform run --bundle FILE.zip' writes");
        }
        return new BundleContent(digests, files, duplicates);
    }
}
