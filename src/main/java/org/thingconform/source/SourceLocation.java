package org.thingconform.source;

import java.nio.file.Path;

/** A place in an input file, printed as {@code file:line:column} the way compilers do. */
public record SourceLocation(Path file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
