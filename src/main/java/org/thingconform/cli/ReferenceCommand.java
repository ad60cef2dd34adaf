package org.thingconform.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.thingconform.engine.PlatformSession;
import org.thingconform.engine.PlatformStartException;
import org.thingconform.platform.DescriptorWriter;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.FaultInfo;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Profile;
import org.thingconform.source.BadInputException;
import org.thingconform.validate.FileValidator;
import org.thingconform.validate.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code thingconform reference}: runs the reference platform as its own process, described by
 * a descriptor file, so {@code thingconform run --platform FILE} tests it the way it tests any
 * third-party platform; also lists the faults the reference platform can switch on.
 */
@Command(name = "reference", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the reference platform as its own process and write its platform descriptor, "
                + "or list its faults.",
                "Ports from --port-base N on: N MQTT, N+1 CoAP (UDP), N+2 HTTP device endpoint, "
                        + "N+3 northbound API (interconnection API under /interconnect/v1), N+4 LwM2M server (UDP), "
                        + "N+5 its API. Runs until SIGTERM or Ctrl-C."},
        footer = {"", "Example:", "  thingconform reference --port-base 18830 --descriptor-out build/reference.yaml",
                "  thingconform run --platform build/reference.yaml"})
final class ReferenceCommand implements Callable<Integer> {

    /** The start of the line printed once the platform serves and its descriptor is written. */
    static final String READY = "ready:";
    /** How many ports from the port base the platform takes. */
    static final int PORTS = 6;

    @Option(names = "--list-faults", description = "List the faults that --fault can switch on, with the clauses each violates.")
    boolean listFaults;

    @Option(names = "--port-base", paramLabel = "N",
            description = "First of the " + PORTS + " consecutive loopback ports the platform listens on; 0 picks free ports.")
    Integer portBase;

    @Option(names = "--descriptor-out", paramLabel = "FILE",
            description = "Where to write the platform descriptor; its secrets go to FILE.secrets/ (owner-only files).")
    Path descriptorOut;

    @Option(names = "--profile", paramLabel = "PATH",
            description = "Register the devices these profiles declare (file or directory, repeatable). "
                    + "Default: every profile under test-profiles/.")
    List<Path> profiles = new ArrayList<>();

    @Option(names = "--tls", description = "Serve over TLS and DTLS only (certificates from a CA made for this run); "
            + "the descriptor trusts that CA and gives each device a client certificate and a pre-shared key.")
    boolean tls;

    @Option(names = "--fault", paramLabel = "NAME",
            description = "Switch on a deliberate violation (repeatable); see --list-faults.")
    List<String> faults = new ArrayList<>();

    @Option(names = "--devices", paramLabel = "N",
            description = "Register N devices per device role (not shared with a peer): the role's own and N-1 in its "
                    + "pool, so a run against this platform can run N tests side by side (run --jobs N). Default 1.")
    int devices = 1;

    @Option(names = "--control-stdin", description = "Take commands on standard input, one a line: 'faults NAME...' "
            + "switches exactly those faults on, 'clear' forgets the stored data; each is answered with a line "
            + "'control: ok' or 'control: error ...'. The platform stops when the input ends (how mutate --workers "
            + "drives its worker platforms).")
    boolean controlStdin;

    @Override
    public Integer call() throws InterruptedException {
        if (listFaults) {
            for (FaultInfo fault : PlatformSession.provider().faults()) {
                System.out.printf("%-26s %-22s %s%n", fault.name(), String.join(",", fault.clauses()), fault.description());
            }
            return ExitCode.CONFORMANT;
        }
        EmbeddedPlatform platform;
        Path descriptorFile;
        try {
            checkOptions();
            descriptorFile = descriptorOut.toAbsolutePath().normalize();
            List<Profile> loaded = loadProfiles();
            PlatformSession.checkFaults(PlatformSession.provider(), new LinkedHashSet<>(faults));
            if (devices < 1) {
                throw new BadInputException("error: --devices " + devices + ": expected how many devices per role, at least 1");
            }
            platform = PlatformSession.startEmbedded(loaded, new LinkedHashSet<>(faults), portBase, tls, devices);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(platform, descriptorFile),
                    "thingconform-reference-shutdown"));
            PlatformDescriptor descriptor = withIcs(platform.descriptor(), loaded);
            DescriptorWriter.write(descriptor, descriptorFile, List.of(
                    "Platform descriptor of a running ThingConform reference platform, written by",
                    "  thingconform reference " + (portBase == 0 ? "--port-base 0" : "--port-base " + portBase)
                            + (tls ? " --tls" : "") + (devices > 1 ? " --devices " + devices : "") + (faults.isEmpty() ? "" : " --fault " + String.join(" --fault ", faults)),
                    "Valid while that process runs. Secrets are in " + DescriptorWriter.secretsDir(descriptorFile)
                            .getFileName() + "/ (owner-only files)."));
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (PlatformStartException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        PlatformDescriptor d = platform.descriptor();
        System.out.println(READY + " reference platform serving (mqtt " + d.mqtt().tcpUri()
                + (d.coap() == null ? "" : ", coap " + d.coap().coapUri())
                + (d.http() == null ? "" : ", http " + d.http()) + ", northbound " + d.northbound().baseUrl()
                + (d.lwm2m() == null ? "" : ", lwm2m " + d.lwm2m().server().coapUri() + " (API "
                        + d.lwm2m().api().baseUrl() + ")")
                + (faults.isEmpty() ? "" : ", faults " + faults) + "); descriptor " + descriptorFile
                + "; stop with SIGTERM or Ctrl-C");
        System.out.flush();
        if (controlStdin) {
            new ReferenceControl(platform, System.out).serve(new BufferedReader(
                    new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            return ExitCode.CONFORMANT; // the input ended: Main exits, and the shutdown hook stops the platform
        }
        new CountDownLatch(1).await();
        return ExitCode.CONFORMANT;
    }

    private void checkOptions() {
        if (portBase == null || descriptorOut == null) {
            throw new BadInputException("error: thingconform reference needs " + (portBase == null ? "--port-base N" : "")
                    + (portBase == null && descriptorOut == null ? " and " : "")
                    + (descriptorOut == null ? "--descriptor-out FILE" : "")
                    + "; expected --port-base N --descriptor-out FILE to run the platform, or --list-faults");
        }
        if (portBase != 0 && (portBase < 1024 || portBase > 65536 - PORTS)) {
            throw new BadInputException("error: --port-base " + portBase + " is out of range; expected 0 (free ports) or "
                    + "1024-" + (65536 - PORTS) + " (the platform takes " + PORTS + " ports from there)");
        }
    }

    /** The selected profiles, validated as {@code run} validates them; problems are printed. */
    private List<Profile> loadProfiles() {
        List<Path> files = ProfileSelection.files(profiles);
        FileValidator validator = FileValidator.forRun();
        List<Validation<Profile>> checked = files.stream().map(validator::profile).toList();
        checked.forEach(v -> v.problems().forEach(System.err::println));
        if (checked.stream().anyMatch(Validation::hasErrors)) {
            throw new BadInputException("error: the reference platform was not started: the profiles above have errors");
        }
        return checked.stream().map(v -> v.value().orElseThrow()).toList();
    }

    /**
     * The descriptor with an answer for every ICS item of the profiles: the reference platform's own answers (no
     * where it lacks an option), yes for every other item, an option it implements.
     */
    private static PlatformDescriptor withIcs(PlatformDescriptor d, List<Profile> loaded) {
        Map<String, Boolean> ics = new TreeMap<>(d.ics());
        loaded.forEach(p -> p.ics().forEach(item -> ics.putIfAbsent(item.id(), true)));
        return new PlatformDescriptor(d.name(), d.mqtt(), d.northbound(), d.interconnection(), d.devices(), ics, d.ixit(),
                d.coap(), d.http(), d.wot(), d.mqttAccount(), d.tls(), d.version(), d.maxConcurrency(), d.pools(), d.lwm2m());
    }

    private static void stop(EmbeddedPlatform platform, Path descriptorFile) {
        // the secrets first: other shutdown hooks (the broker's) may end the JVM before the platform is closed
        try {
            DescriptorWriter.deleteSecrets(descriptorFile);
            System.out.println("stopping: the secrets of " + descriptorFile + " are deleted; closing the reference platform");
        } catch (UncheckedIOException e) {
            System.out.println("stopping: " + e.getMessage() + "; closing the reference platform");
        }
        System.out.flush();
        platform.close();
    }
}
