package org.thingconform.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exact bytes of every JSON Schema the suite validates input with, as the class path
 * holds them: the shipped {@code *.schema.json} and the W3C TD 1.1 schema. For evidence.
 */
public final class ShippedSchemas {

    private ShippedSchemas() {
    }

    /** File name → content, sorted by name. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> schemas = new TreeMap<>();
        Arrays.stream(FileKind.values()).flatMap(k -> k.schema().stream())
                .forEach(name -> schemas.put(name, read(Schemas.RESOURCE_DIR + name)));
        schemas.put(TdSchema.FILE_NAME, read(TdSchema.RESOURCE));
        return schemas;
    }

    private static byte[] read(String resource) {
        try (InputStream in = ShippedSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }
}
