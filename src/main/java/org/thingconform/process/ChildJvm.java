package org.thingconform.process;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a JVM this one starts as a child (a reference worker of a mutation run, the
 * Allure generator when it cannot run here, a test's CLI run): this runtime's {@code java}, the
 * given class path, and the options of a short batch JVM. ThingConform's processes spend most of
 * their life waiting on the network, with bursts of parsing and report writing; the C2 compiler and
 * the parallel collector cost more CPU than they give back there (measured on 2 cores: a whole
 * suite run 45 s of CPU with the defaults, 26 s with these), so children use C1 and the serial
 * collector, as {@code scripts/thingconform} does.
 */
public final class ChildJvm {

    /** C1 only and the serial collector: see the type's Javadoc. */
    public static final List<String> BATCH_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private ChildJvm() {
    }

    /** The {@code java} executable of the runtime this JVM runs on. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java").toString();
    }

    /** {@code java <batch options> -cp <classPath>}: the caller adds properties, the main class and its arguments. */
    public static List<String> command(String classPath) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(BATCH_OPTIONS);
        command.addAll(List.of("-cp", classPath));
        return command;
    }

    /** {@link #command(String)} with this JVM's own class path. */
    public static List<String> sameClassPath() {
        return command(System.getProperty("java.class.path"));
    }
}
