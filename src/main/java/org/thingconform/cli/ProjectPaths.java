package org.thingconform.cli;

import java.nio.file.Path;

/**
 * Where the project's own folders are: the launcher script passes the project directory
 * as {@code thingconform.project.dir}; without it, the working directory.
 */
final class ProjectPaths {

    private ProjectPaths() {
    }

    static Path projectDir() {
        String dir = System.getProperty("thingconform.project.dir");
        return dir == null || dir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(dir).toAbsolutePath();
    }

    static Path defaultProfiles() {
        return projectDir().resolve("test-profiles");
    }

    static Path defaultOut() {
        return projectDir().resolve("reports").resolve("latest");
    }

    static Path defaultMutationOut() {
        return projectDir().resolve("reports").resolve("mutation");
    }

    static Path defaultMatrixOut() {
        return projectDir().resolve("reports").resolve("matrix");
    }
}
