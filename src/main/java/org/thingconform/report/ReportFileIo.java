package org.thingconform.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * File writing for the reports, turning I/O failures into one-line {@link ReportWriteException}s
 * that keep what was written before.
 */
public final class ReportFileIo {

    private ReportFileIo() {
    }

    /**
     * Writes {@code content} to {@code file}, creating its folder.
     *
     * @throws ReportWriteException naming the file and the cause
     */
    public static void write(Path file, byte[] content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new ReportWriteException("cannot write " + file + ": " + describe(e), e);
        }
    }

    /** Writes {@code text} as UTF-8, like {@link #write(Path, byte[])}. */
    public static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ReportWriteException("cannot create directory " + dir + ": " + describe(e), e);
        }
    }

    static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
