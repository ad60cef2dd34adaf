package org.thingconform.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs an {@code evidence/} folder into a zip whose entries are {@code evidence/<path>}, sorted
 * by path as {@code SHA256SUMS} lists them, with a fixed time: the same evidence gives the same zip.
 */
public final class EvidenceZip {

    /** The folder every entry lies in. */
    public static final String ROOT = EvidenceFolder.DIR_NAME + "/";

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private EvidenceZip() {
    }

    /** Writes {@code zip} (replacing it) from {@code evidenceDir}. */
    public static void pack(Path evidenceDir, Path zip) {
        Path target = zip.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream out = new ZipOutputStream(file)) {
                for (String name : Sha256Sums.of(evidenceDir, java.util.Set.of()).digests().keySet()) {
                    ZipEntry entry = new ZipEntry(ROOT + name);
                    entry.setTimeLocal(FIXED_TIME);
                    out.putNextEntry(entry);
                    Files.copy(evidenceDir.resolve(name), out);
                    out.closeEntry();
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EvidenceException(target + ": error: cannot write the bundle (" + e.getMessage() + ")", e);
        }
    }
}
