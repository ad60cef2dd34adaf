package org.thingconform.cli;

import org.thingconform.source.BadInputException;
import picocli.CommandLine;

/**
 * Entry point of the {@code thingconform} command line. Any error reaches the user as
 * one clear line and an exit code, never as a stack trace.
 */
public final class Main {

    private static final String NO_GROOVY_CLOSURES = "picocli.disable.closures";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        // picocli looks for Groovy closures in annotations when Groovy is on the class path (REST Assured brings it):
        // that loads Groovy's runtime, ~0.3 s of a run's start, for a feature no command of ours uses
        if (System.getProperty(NO_GROOVY_CLOSURES) == null) {
            System.setProperty(NO_GROOVY_CLOSURES, "true");
        }
        CommandLine commandLine = new CommandLine(new ThingConformCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof BadInputException) {
                System.err.println(e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            System.err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return ExitCode.UNDECIDED;
        });
        return commandLine.execute(args);
    }
}
