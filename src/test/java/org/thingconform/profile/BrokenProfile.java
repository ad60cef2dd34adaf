package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thingconform.source.BadInputException;

/**
 * A shipped profile with one passage broken, for the parsing tests' "a broken argument is a located error": the
 * passage must be in the profile (so the test cannot pass by breaking nothing), and loading the copy must fail
 * with the message, at a place in the file.
 */
final class BrokenProfile {

    private BrokenProfile() {
    }

    /**
     * Writes {@code profile} with its first {@code original} replaced by {@code broken} (a {@code '} dropped and
     * {@code \n} a line break in both, as CSV sources write them) to {@code dir}, and checks it fails with
     * {@code message} at a located place.
     */
    static void failsWith(Path profile, String original, String broken, String message, Path dir) throws IOException {
        String text = Files.readString(profile);
        String from = original.replace("'", "").replace("\\n", "\n");
        assertThat(text).as("the profile holds %s", from).contains(from);
        Path file = dir.resolve("broken.profile.yaml");
        try (var siblings = Files.list(profile.toAbsolutePath().getParent())) { // the statement list it names
            for (Path list : siblings.filter(f -> f.toString().endsWith(".statements.yaml")).toList()) {
                Files.copy(list, dir.resolve(list.getFileName()));
            }
        }
        Files.writeString(file, text.replaceFirst(Pattern.quote(from),
                Matcher.quoteReplacement(broken.replace("'", "").replace("\\n", "\n"))));

        assertThatThrownBy(() -> ProfileLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((BadInputException) e).location()).isNotNull());
    }
}
