package org.thingconform.cli;

import org.thingconform.source.BadInputException;
import picocli.CommandLine;

/**
 * Entry point of the {@code thingconform} command line. Any error reaches the user as
 * one clear line and an exit code, never as a stack trace.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
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
