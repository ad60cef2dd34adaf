package org.thingconform.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.source.BadInputException;

/**
 * Turns the {@code --profile} options into profile files, the same way for every command:
 * a file is taken as it is, a directory is searched for {@code profile.yaml} and
 * {@code *.profile.yaml}, and no option means every profile under {@code test-profiles/}.
 */
final class ProfileSelection {

    private ProfileSelection() {
    }

    /**
     * The profile files selected by {@code roots}, absolute, without duplicates, in order.
     *
     * @throws BadInputException when a root does not exist or nothing is found
     */
    static List<Path> files(List<Path> roots) {
        List<Path> searched = roots.isEmpty() ? List.of(ProjectPaths.defaultProfiles()) : roots;
        Set<Path> files = new LinkedHashSet<>();
        for (Path root : searched) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).filter(ProfileLoader::isProfileFile).sorted()
                            .forEach(p -> files.add(p.toAbsolutePath().normalize()));
                } catch (IOException e) {
                    throw new BadInputException(root + ": error: cannot list directory (" + e.getMessage() + ")");
                }
            } else if (Files.isRegularFile(root)) {
                files.add(root.toAbsolutePath().normalize());
            } else {
                throw new BadInputException(root + ": error: no such profile file or directory");
            }
        }
        if (files.isEmpty()) {
            throw new BadInputException("error: no profile found in " + searched
                    + "; expected profile.yaml or *.profile.yaml files");
        }
        return new ArrayList<>(files);
    }
}
