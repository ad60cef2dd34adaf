package org.thingconform.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.thingconform.process.ChildJvm;

/** {@code thingconform run ARGS} in a JVM of its own, its output in a file: for tests that kill, shard or race runs. */
final class ChildRun {

    private ChildRun() {
    }

    /** Starts the run; its standard output and error go to {@code output}. */
    static Process start(Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(ChildJvm.sameClassPath());
        command.addAll(List.of("-Dthingconform.project.dir=" + Path.of("").toAbsolutePath(), Main.class.getName(), "run"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        process.getOutputStream().close();
        return process;
    }

    /** {@code first} followed by {@code more}. */
    static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
