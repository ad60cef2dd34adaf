package org.thingconform.engine;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's configuration parameters, as set by the CLI, a {@code @Suite} class or
 * {@code junit-platform.properties}.
 *
 * @param platformDescriptor {@value #PLATFORM}: a descriptor file; empty = embedded reference platform
 * @param faults             {@value #FAULTS}: comma-separated reference-platform faults to switch on
 * @param reportsDir         {@value #REPORTS_DIR}: where to write reports; empty = none
 */
public record EngineConfig(Optional<Path> platformDescriptor, Set<String> faults, Optional<Path> reportsDir) {

    public static final String PLATFORM = "thingconform.platform";
    public static final String FAULTS = "thingconform.faults";
    public static final String REPORTS_DIR = "thingconform.reports.dir";

    public static EngineConfig from(ConfigurationParameters parameters) {
        Set<String> faults = new LinkedHashSet<>();
        parameters.get(FAULTS).ifPresent(list -> Arrays.stream(list.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).forEach(faults::add));
        return new EngineConfig(parameters.get(PLATFORM).filter(s -> !s.isBlank()).map(Path::of), Set.copyOf(faults),
                parameters.get(REPORTS_DIR).filter(s -> !s.isBlank()).map(Path::of));
    }
}
