package org.thingconform.source;

import java.nio.file.Path;

/** A place in an input file, printed as {@code file:line:column} the way compilers do. */
public record SourceLocation(Path file, int line, int column) {

    /** {@code file:line:column}, the file relative to the working directory when it lies below it. */
    @Override
    public String toString() {
        return display(file) + ":" + line + ":" + column;
    }

    /** A path as users should read it: relative to the working directory when below it. */
    public static String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString() : file.toString();
    }
}
