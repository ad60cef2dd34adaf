package org.thingconform.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.thingconform.source.InputProblem;

/**
 * What validating one file found: its problems (schema violations first, then what the
 * loader found) and, when it loaded, the loaded value, so that {@code run} need not load it twice.
 *
 * @param file     the file validated
 * @param kind     what kind of file it was taken for
 * @param problems errors and warnings, in the order they were found
 * @param value    the loaded profile, descriptor or thing model; empty when an error stopped loading
 * @param <T>      the type of the loaded value
 */
public record Validation<T>(Path file, FileKind kind, List<InputProblem> problems, Optional<T> value) {

    public Validation {
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(InputProblem::isError);
    }
}
