package org.thingconform.thingmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.SourceLocation;

/**
 * Reads a WoT Thing Model and the models it {@code tm:extends}, merged into one located
 * document (the extending model overriding the base, see {@link LocatedMergePatch}).
 * Base models are local files, relative to the model that names them: a suite run must
 * not depend on the network, so an {@code http(s):} (or any other URI) href is an error,
 * as is a cycle of extensions.
 */
final class WotExtendsResolver {

    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private WotExtendsResolver() {
    }

    /** The Thing Model in {@code file}, with everything it extends merged in. */
    static LocatedDocument resolve(Path file) {
        return resolve(file, List.of());
    }

    private static LocatedDocument resolve(Path file, List<Path> chain) {
        LocatedDocument document = DocumentReader.read(file);
        WotHeader.check(document);
        Optional<String> linkAt = extendsLink(document);
        if (linkAt.isEmpty()) {
            return document;
        }
        String hrefAt = linkAt.get() + "/href";
        String href = document.root().at(hrefAt).asText();
        if (URI_SCHEME.matcher(href).matches()) {
            throw document.error(hrefAt, "remote Thing Model '" + href + "' is not fetched",
                    "a path to a local file, relative to this Thing Model");
        }
        Path base = file.resolveSibling(href).normalize();
        List<Path> next = new ArrayList<>(chain);
        next.add(file.toAbsolutePath().normalize());
        if (next.contains(base.toAbsolutePath().normalize())) {
            throw document.error(hrefAt, "tm:extends cycle: " + Stream.concat(next.stream(), Stream.of(base))
                            .map(p -> p.getFileName().toString()).collect(Collectors.joining(" → ")),
                    "a chain of extensions that ends in a Thing Model extending nothing");
        }
        if (!Files.isRegularFile(base)) {
            throw document.error(hrefAt, "extended Thing Model not found: " + SourceLocation.display(base),
                    "a Thing Model file, relative to this one");
        }
        return LocatedMergePatch.apply(resolve(base, next), document);
    }

    /** The pointer of the one {@code tm:extends} link, if the model has one. */
    private static Optional<String> extendsLink(LocatedDocument document) {
        NodeReader reader = new NodeReader(document);
        List<String> found = new ArrayList<>();
        reader.forEachItem(document.root(), "", "links", (link, at) -> {
            reader.object(link, at, "a link", "{\"rel\": \"tm:extends\", \"href\": \"base.tm.json\"}");
            if (reader.optionalText(link, at, "rel").filter(WotVocabulary.EXTENDS::equals).isPresent()) {
                reader.requiredText(link, at, "href", "the path of the extended Thing Model");
                if (!found.isEmpty()) {
                    throw reader.error(at, "a second tm:extends link", "one tm:extends link per Thing Model");
                }
                found.add(at);
            }
        });
        return found.stream().findFirst();
    }
}
