package org.thingconform.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.source.BadInputException;
import org.thingconform.source.SourceLocation;

/**
 * Turns discovery selectors into the test tree: directories are searched for profile
 * files, files are loaded as profiles, unique ids select one profile or one clause. A
 * profile that does not load becomes a located discovery issue, not a crash.
 */
final class ProfileDiscovery {

    private final EngineDiscoveryRequest request;
    private final TestDescriptor engine;
    private final ClauseSelection selection;
    private final Map<String, JsonNode> parameterOverrides;
    private final CaseExpander expander;
    private ClauseSelection bindingSelection = ClauseSelection.of(List.of(), List.of());
    private List<Path> configuredProfiles = List.of();
    /** profile file → clause ids selected; an empty set selects every clause. */
    private final Map<Path, Set<String>> selected = new LinkedHashMap<>();
    /** "file clause" or "file clause binding" → generated case ids selected by unique id; absent = every case. */
    private final Map<String, Set<String>> selectedCases = new LinkedHashMap<>();
    /** "file clause" → binding ids selected by unique id; absent = every binding. */
    private final Map<String, Set<String>> selectedBindings = new LinkedHashMap<>();

    ProfileDiscovery(EngineDiscoveryRequest request, TestDescriptor engine, ClauseSelection selection,
                     Map<String, JsonNode> parameterOverrides, long seed, java.time.Instant clock) {
        this.expander = new CaseExpander(seed, clock);
        this.request = request;
        this.engine = engine;
        this.selection = selection;
        this.parameterOverrides = parameterOverrides;
    }

    /** Runs device clauses only over the bindings {@code selection} keeps (ids matched as globs). */
    ProfileDiscovery selectBindings(ClauseSelection selection) {
        this.bindingSelection = selection;
        return this;
    }

    /**
     * The profile files or directories ({@link EngineConfig#PROFILES}) to run when the request selects no
     * profile, test id, class nor method: a vendor's {@code @Suite} class that names the engine and no selector,
     * run by Surefire (which selects classes itself, so a top-level request of Surefire's never runs them twice).
     */
    ProfileDiscovery orProfiles(List<Path> profiles) {
        this.configuredProfiles = List.copyOf(profiles);
        return this;
    }

    /** Reports a problem with the run's configuration as a discovery error. */
    void reportIssue(String message) {
        request.getDiscoveryListener().issueEncountered(engine.getUniqueId(),
                DiscoveryIssue.create(DiscoveryIssue.Severity.ERROR, message));
    }

    void discover() {
        request.getSelectorsByType(DirectorySelector.class).forEach(s -> profilesUnder(s.getPath()).forEach(this::selectAll));
        request.getSelectorsByType(FileSelector.class).forEach(s -> selectAll(s.getPath()));
        request.getSelectorsByType(UniqueIdSelector.class).forEach(s -> selectUniqueId(s.getUniqueId()));
        if (Stream.of(DirectorySelector.class, FileSelector.class, UniqueIdSelector.class, ClassSelector.class,
                MethodSelector.class).allMatch(type -> request.getSelectorsByType(type).isEmpty())) {
            configuredProfiles.forEach(this::selectConfigured);
        }
        selected.forEach(this::addProfile);
    }

    /** The profile unique-id segment value for a file: its path relative to the working directory. */
    static String key(Path file) {
        return SourceLocation.display(file.toAbsolutePath()).replace('\\', '/');
    }

    private void selectConfigured(Path path) {
        if (Files.isDirectory(path)) {
            profilesUnder(path).forEach(this::selectAll);
        } else if (Files.isRegularFile(path)) {
            selectAll(path);
        } else {
            reportIssue("error: " + EngineConfig.PROFILES + " names " + path.toAbsolutePath().normalize()
                    + ", which does not exist; expected a profile file or a directory of profiles");
        }
    }

    private void selectAll(Path file) {
        selected.put(file.toAbsolutePath().normalize(), new TreeSet<>());
    }

    private void selectUniqueId(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        if (!engine.getUniqueId().getSegments().get(0).equals(segments.get(0)) || segments.size() < 2
                || !segments.get(1).getType().equals(ProfileDescriptor.SEGMENT)) {
            return;
        }
        Path file = Path.of(segments.get(1).getValue()).toAbsolutePath().normalize();
        boolean wholeProfileSelected = selected.containsKey(file) && selected.get(file).isEmpty();
        if (segments.size() >= 3 && segments.get(2).getType().equals(ClauseDescriptor.SEGMENT)) {
            if (!wholeProfileSelected) {
                selected.computeIfAbsent(file, f -> new TreeSet<>()).add(segments.get(2).getValue());
            }
            String clauseKey = file + " " + segments.get(2).getValue();
            int next = 3;
            if (segments.size() > next && segments.get(next).getType().equals(ClauseDescriptor.BINDING_SEGMENT)) {
                selectedBindings.computeIfAbsent(clauseKey, k -> new TreeSet<>()).add(segments.get(next).getValue());
                clauseKey = clauseKey + " " + segments.get(next).getValue();
                next++;
            }
            if (segments.size() > next && segments.get(next).getType().equals(CaseDescriptor.SEGMENT)) {
                selectedCases.computeIfAbsent(clauseKey, k -> new TreeSet<>()).add(segments.get(next).getValue());
            }
        } else {
            selectAll(file);
        }
    }

    private void addProfile(Path file, Set<String> clauseIds) {
        Profile profile;
        try {
            profile = ProfileLoader.load(file, parameterOverrides);
        } catch (BadInputException e) {
            var location = e.location();
            FileSource source = location == null ? FileSource.from(file.toFile())
                    : FileSource.from(file.toFile(), FilePosition.from(location.line(), location.column()));
            request.getDiscoveryListener().issueEncountered(engine.getUniqueId(),
                    DiscoveryIssue.builder(DiscoveryIssue.Severity.ERROR, e.getMessage()).source(source).build());
            return;
        }
        UniqueId profileId = engine.getUniqueId().append(ProfileDescriptor.SEGMENT, key(file));
        ProfileDescriptor container = new ProfileDescriptor(profileId, profile);
        for (Clause clause : profile.clauses()) {
            boolean chosen = clauseIds.isEmpty() ? selection.selects(clause.id()) : clauseIds.contains(clause.id());
            if (chosen) {
                container.addChild(clauseDescriptor(file, profileId.append(ClauseDescriptor.SEGMENT, clause.id()),
                        profile, clause));
            }
        }
        engine.addChild(container);
    }

    /**
     * The clause, or, when the profile runs its device clauses over several bindings, the
     * group of the clause over each of its bindings.
     */
    private ClauseDescriptor clauseDescriptor(Path file, UniqueId id, Profile profile, Clause clause) {
        String clauseKey = file + " " + clause.id();
        List<Binding> bindings = profile.bindingsOf(clause);
        if (!profile.multiBinding() || !clause.usesDevices()) {
            ClauseDescriptor descriptor = new ClauseDescriptor(id, profile, clause, bindings.get(0));
            if (clause.generate() != null) {
                addCases(descriptor, profile, clause, selectedCases.get(clauseKey));
            }
            return descriptor;
        }
        ClauseDescriptor group = new ClauseDescriptor(id, profile, clause, null);
        Set<String> only = selectedBindings.get(clauseKey);
        for (Binding binding : bindings) {
            if ((only != null && !only.contains(binding.id())) || !bindingSelection.selects(binding.id())) {
                continue;
            }
            ClauseDescriptor run = new ClauseDescriptor(id.append(ClauseDescriptor.BINDING_SEGMENT, binding.id()),
                    profile, clause, binding);
            if (clause.generate() != null) {
                addCases(run, profile, clause, selectedCases.get(clauseKey + " " + binding.id()));
            }
            group.addChild(run);
        }
        return group;
    }

    private void addCases(ClauseDescriptor descriptor, Profile profile, Clause clause, Set<String> only) {
        for (GeneratedCase generated : expander.expand(profile, clause)) {
            if (only == null || only.contains(generated.id())) {
                descriptor.addChild(new CaseDescriptor(descriptor.getUniqueId().append(CaseDescriptor.SEGMENT,
                        generated.id()), generated, descriptor.getTags(), descriptor));
            }
        }
    }

    private static List<Path> profilesUnder(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(ProfileLoader::isProfileFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
