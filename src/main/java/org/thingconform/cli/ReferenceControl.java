package org.thingconform.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.thingconform.mutation.ReferenceProcess;
import org.thingconform.platform.EmbeddedPlatform;

/**
 * The control channel of {@code thingconform reference --control-stdin}: reads one command a line
 * ({@code faults NAME...} switches exactly those faults on, {@code clear} forgets the stored data)
 * and answers each with one line, so that a parent process (a worker of {@code mutate}) can drive
 * the platform as it drives an embedded one. Returns when its input ends, which is how the parent
 * stops the platform (also when the parent dies).
 */
final class ReferenceControl {

    private final EmbeddedPlatform platform;
    private final PrintStream out;

    ReferenceControl(EmbeddedPlatform platform, PrintStream out) {
        this.platform = platform;
        this.out = out;
    }

    /** Serves commands from {@code in} until it ends. */
    void serve(BufferedReader in) {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(answer(line.trim()));
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String answer(String command) {
        String[] words = command.split("\\s+");
        try {
            switch (words[0]) {
                case ReferenceProcess.FAULTS -> {
                    Set<String> faults = new LinkedHashSet<>(Arrays.asList(words).subList(1, words.length));
                    platform.switchFaults(faults);
                }
                case ReferenceProcess.CLEAR -> platform.clearState();
                default -> {
                    return ReferenceProcess.ERROR + " unknown command '" + command + "'; expected '"
                            + ReferenceProcess.FAULTS + " NAME...' or '" + ReferenceProcess.CLEAR + "'";
                }
            }
            return ReferenceProcess.OK;
        } catch (RuntimeException e) {
            return ReferenceProcess.ERROR + " " + e.getMessage();
        }
    }
}
