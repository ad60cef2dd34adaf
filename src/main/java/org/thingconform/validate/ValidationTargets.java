package org.thingconform.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.thingconform.source.BadInputException;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.InputProblem;
import org.thingconform.source.SourceLocation;

/**
 * Turns the paths given to {@code thingconform validate} into files and their kinds. A file
 * named on the command line must be of a kind ThingConform reads, or that is an error; a
 * directory is walked (build output, {@code node_modules} and hidden folders left out) and
 * files of no known kind in it are skipped (XML files too, unless their root is {@code <LWM2M>}), so a
 * whole project folder can be checked. A WoT
 * Thing Model that another one given extends ({@code tm:extends}) is a partial model: it is
 * checked as part of the extending one, not on its own.
 */
public final class ValidationTargets {

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules", "build");

    private final List<Target> targets = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    /** One file to validate, as a file of {@code kind}. */
    public record Target(Path file, FileKind kind) {
    }

    private ValidationTargets() {
    }

    /** The files and kinds {@code paths} stand for. */
    public static ValidationTargets of(List<Path> paths) {
        ValidationTargets result = new ValidationTargets();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                result.walk(path);
            } else if (Files.isRegularFile(path)) {
                result.named(path);
            } else {
                result.problems.add(new InputProblem(InputProblem.Severity.ERROR, null,
                        SourceLocation.display(path) + ": error: no such file or directory"));
            }
        }
        Set<Path> bases = result.extendedModels();
        result.targets.removeIf(t -> bases.contains(t.file().toAbsolutePath().normalize()));
        return result;
    }

    /** The files to validate, in the order given (directories sorted). */
    public List<Target> targets() {
        return List.copyOf(targets);
    }

    /** Paths that could not be taken: missing, or of no kind ThingConform reads. */
    public List<InputProblem> problems() {
        return List.copyOf(problems);
    }

    private void named(Path file) {
        Optional<FileKind> kind = kind(file);
        Optional<BadInputException> unreadable = kind.isPresent() || !FileKind.isYaml(file) ? Optional.empty()
                : readError(file);
        if (kind.isPresent()) {
            targets.add(new Target(file, kind.get()));
        } else if (unreadable.isPresent()) {
            problems.add(InputProblem.of(unreadable.get()));
        } else {
            problems.add(new InputProblem(InputProblem.Severity.ERROR, null, SourceLocation.display(file)
                    + ": error: cannot tell what kind of file this is; expected a profile (profile.yaml, *.profile.yaml),"
                    + " a platform descriptor (*descriptor*.yaml, or a top-level 'northbound' or 'lwm2m' key) or a thing model"
                    + " (*.tsl.json, *.tm.json, *.xml, or a .yaml with 'productKey' or 'properties') or a waivers file"
                    + " (*waivers*.yaml, or a top-level 'waivers' key)"));
        }
    }

    private void walk(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).filter(file -> !skipped(directory, file)).sorted()
                    .filter(file -> !FileKind.isXml(file) || FileKind.isLwm2mModel(file))
                    .forEach(file -> kind(file).ifPresent(kind -> targets.add(new Target(file, kind))));
        } catch (IOException | UncheckedIOException e) {
            problems.add(new InputProblem(InputProblem.Severity.ERROR, null, SourceLocation.display(directory)
                    + ": error: cannot list the directory (" + e.getMessage() + ")"));
        }
    }

    /** The kind by name, else (for YAML) by content; empty when neither says. */
    private static Optional<FileKind> kind(Path file) {
        Optional<FileKind> byName = FileKind.byName(file);
        if (byName.isPresent() || !FileKind.isYaml(file)) {
            return byName;
        }
        try {
            return FileKind.byContent(DocumentReader.read(file).root());
        } catch (BadInputException e) {
            return Optional.empty();
        }
    }

    /** The WoT Thing Models that a WoT Thing Model among the targets extends, as absolute paths. */
    private Set<Path> extendedModels() {
        Set<Path> bases = new HashSet<>();
        for (Target target : targets) {
            if (target.kind() != FileKind.WOT_MODEL) {
                continue;
            }
            try {
                DocumentReader.read(target.file()).root().path("links").forEach(link -> {
                    if ("tm:extends".equals(link.path("rel").asText()) && link.path("href").isTextual()) {
                        bases.add(target.file().resolveSibling(link.path("href").asText()).toAbsolutePath().normalize());
                    }
                });
            } catch (BadInputException | InvalidPathException e) {
                // validating the model reports it
            }
        }
        return bases;
    }

    private static Optional<BadInputException> readError(Path file) {
        try {
            DocumentReader.read(file);
            return Optional.empty();
        } catch (BadInputException e) {
            return Optional.of(e);
        }
    }

    private static boolean skipped(Path root, Path file) {
        Path relative = root.relativize(file);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            if (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
