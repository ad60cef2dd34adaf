package org.thingconform.matrix;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Links from a page in the output folder to files in results folders, relative so that the
 * output and the results can be moved or archived together.
 */
final class RelativeLinks {

    private final Path from;

    /** Links for pages written into {@code outDir}. */
    RelativeLinks(Path outDir) {
        this.from = outDir.toAbsolutePath().normalize();
    }

    /**
     * {@code target} relative to the output folder, as a URI reference ('/' separators, characters
     * such as space, '#' and '%' percent-encoded); a file URI when it cannot be relative.
     */
    String to(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        String relative;
        try {
            relative = from.relativize(absolute).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return absolute.toUri().toString();
        }
        if (relative.isEmpty()) {
            return ".";
        }
        String firstSegment = relative.split("/", 2)[0];
        String path = firstSegment.contains(":") ? "./" + relative : relative;
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            return absolute.toUri().toString();
        }
    }
}
