package org.thingconform.cli;

import java.util.concurrent.Callable;
import org.thingconform.engine.PlatformSession;
import org.thingconform.platform.FaultInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code thingconform reference}: facts about the embedded reference platform, such as its faults. */
@Command(name = "reference", mixinStandardHelpOptions = true,
        description = "About the embedded reference platform.")
final class ReferenceCommand implements Callable<Integer> {

    @Option(names = "--list-faults", description = "List the faults that --fault can switch on, with the clauses each violates.")
    boolean listFaults;

    @Override
    public Integer call() {
        if (!listFaults) {
            System.err.println("error: nothing to do; expected --list-faults");
            return ExitCode.BAD_INPUT;
        }
        for (FaultInfo fault : PlatformSession.provider().faults()) {
            System.out.printf("%-26s %-22s %s%n", fault.name(), String.join(",", fault.clauses()), fault.description());
        }
        return ExitCode.CONFORMANT;
    }
}
