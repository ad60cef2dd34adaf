package org.thingconform.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.platform.engine.ConfigurationParameters;
import org.thingconform.source.BadInputException;

/**
 * The engine's configuration parameters, as set by the CLI, a {@code @Suite} class,
 * {@code junit-platform.properties} or {@code -D} system properties.
 *
 * @param platformDescriptor {@value #PLATFORM}: a descriptor file; empty = embedded reference platform
 * @param faults             {@value #FAULTS}: comma-separated reference-platform faults to switch on
 * @param reportsDir         {@value #REPORTS_DIR}: where to write reports; empty = none
 * @param icsOverrides       {@value #ICS}: {@code ID=yes,ID2=no} answers that replace the descriptor's
 * @param icsDefault         {@value #ICS_DEFAULT}: {@code yes} or {@code no} for items nobody answered;
 *                           empty = fail closed
 * @param clauses            {@value #CLAUSES}: comma-separated clause-id globs to run; empty = all
 * @param excludedClauses    {@value #EXCLUDE_CLAUSES}: comma-separated clause-id globs to leave out
 * @param seed               {@value #SEED}: the seed of generated values (default {@value #DEFAULT_SEED})
 * @param bindings           {@value #BINDINGS}: comma-separated binding-id globs device clauses run over; empty = all
 * @param parameters         {@value #PARAMETERS}: {@code name=value} pairs separated by {@code ;} that set profile
 *                           parameters over the descriptor's IXIT values (a value is read as YAML: {@code 300ms},
 *                           {@code 2}, {@code [401, 403]})
 * @param referenceTls       {@value #REFERENCE_TLS}: {@code true} runs the embedded reference platform over TLS and
 *                           DTLS only (mutual-TLS device certificates, HTTPS, CoAP over DTLS with pre-shared keys)
 * @param clock              {@value #CLOCK}: the ISO-8601 instant generated date values take as "now"; empty = the
 *                           moment of discovery (the CLI always sets it and records it, so a replay is exact)
 * @param journal            {@value #JOURNAL}: the run journal to append every finished test to; empty = none
 * @param journalMode        {@value #JOURNAL_MODE}: {@code run} (default) runs every test; {@code resume} takes
 *                           the results the journal already has and runs the rest; {@code render} takes them
 *                           and reports the rest as NOT_RUN, running nothing
 * @param replay             {@value #REPLAY}: the command that reruns this selection; a test's replay adds
 *                           {@code --case '<id>'} (reports show it); empty = none
 * @param kind               {@value #RUN_KIND}: {@code CERTIFICATION}, {@code CERTIFICATION_WITH_DRAFTS} or
 *                           {@code NOT_CERTIFICATION} (default); the CLI checks what a certification run refuses
 * @param waivers            {@value #WAIVERS}: a waivers file whose entries mark FAIL verdicts as waived in the
 *                           reports (verdicts stay FAIL); empty = none. The CLI checks expiry and matching first
 * @param jobs               {@value #JOBS}: how many tests may run side by side where they cannot see each other
 *                           ({@link Isolation}, {@link Lanes}); default {@link #defaultJobs()}
 * @param confirm            {@value #CONFIRM}: how many more times a test that did not PASS (nor was NOT_APPLICABLE)
 *                           runs, so its verdict says how many tries agreed; 0 (default) = one try per test
 * @param profiles           {@value #PROFILES}: comma-separated profile files or directories (relative to the working
 *                           directory) that the engine runs when the discovery request selects no profile, test id,
 *                           class nor method (a {@code @Suite} class with no selector): how a vendor's Maven build
 *                           names its profiles in {@code junit-platform.properties}; empty = only what is selected
 * @param history            {@value #HISTORY}: a folder kept across runs: the clause matrix shows each clause's
 *                           verdicts of the last runs kept there, and the reports carry the Allure history; empty = none
 * @param shard              {@value #SHARD}: {@code i/n} runs only shard i of n of the selected tests
 *                           ({@link org.thingconform.shard.ShardPartition}); empty = every selected test
 */
public record EngineConfig(Optional<Path> platformDescriptor, Set<String> faults, Optional<Path> reportsDir,
                           Map<String, Boolean> icsOverrides, Optional<Boolean> icsDefault,
                           List<String> clauses, List<String> excludedClauses, long seed, List<String> bindings,
                           Map<String, JsonNode> parameters, boolean referenceTls, Optional<java.time.Instant> clock,
                           Optional<Path> journal, JournalMode journalMode, Optional<String> replay,
                           org.thingconform.result.RunKind kind, Optional<Path> waivers, int confirm, int jobs,
                           List<Path> profiles, Optional<Path> history,
                           Optional<org.thingconform.shard.ShardSpec> shard) {

    public static final String PLATFORM = "thingconform.platform";
    public static final String FAULTS = "thingconform.faults";
    public static final String REPORTS_DIR = "thingconform.reports.dir";
    public static final String ICS = "thingconform.ics";
    public static final String ICS_DEFAULT = "thingconform.ics.default";
    public static final String CLAUSES = "thingconform.clauses";
    public static final String EXCLUDE_CLAUSES = "thingconform.exclude.clauses";
    public static final String SEED = "thingconform.seed";
    public static final String BINDINGS = "thingconform.bindings";
    public static final String PARAMETERS = "thingconform.parameters";
    public static final String REFERENCE_TLS = "thingconform.reference.tls";
    public static final String CLOCK = "thingconform.clock";
    public static final String JOURNAL = "thingconform.journal";
    public static final String JOURNAL_MODE = "thingconform.journal.mode";
    public static final String REPLAY = "thingconform.replay";
    public static final String RUN_KIND = "thingconform.run.kind";
    public static final String WAIVERS = "thingconform.waivers";
    public static final String CONFIRM = "thingconform.confirm";
    /** How many tests may run side by side where they cannot see each other; 1 = one after the other. */
    public static final String JOBS = "thingconform.jobs";
    /** Profile files or directories to run when the discovery request selects none (a vendor's Surefire run). */
    public static final String PROFILES = "thingconform.profiles";
    /** A folder that keeps the verdicts and the Allure history of the last runs. */
    public static final String HISTORY = "thingconform.history.dir";
    /** Which shard of a run split over several machines this one runs: {@code i/n}; unset = the whole run. */
    public static final String SHARD = "thingconform.shard";
    public static final long DEFAULT_SEED = 1;

    /** What the engine does with the results a journal already holds. */
    public enum JournalMode {
        /** Run every selected test (a new run). */
        RUN,
        /** Keep the results the journal has; run only the tests it lacks. */
        RESUME,
        /** Keep the results the journal has; report the tests it lacks as NOT_RUN; run nothing. */
        RENDER
    }

    private static final ObjectMapper YAML = new YAMLMapper();

    public EngineConfig {
        faults = Set.copyOf(faults);
        icsOverrides = Map.copyOf(icsOverrides);
        clauses = List.copyOf(clauses);
        excludedClauses = List.copyOf(excludedClauses);
        bindings = List.copyOf(bindings);
        profiles = List.copyOf(profiles);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Reads the parameters.
     *
     * @throws BadInputException when an ICS answer is neither yes nor no
     */
    public static EngineConfig from(ConfigurationParameters parameters) {
        return from(parameters::get);
    }

    /** Reads the same parameters from a plain map, as the CLI builds them. */
    public static EngineConfig from(Map<String, String> parameters) {
        return from(key -> Optional.ofNullable(parameters.get(key)));
    }

    private static EngineConfig from(Function<String, Optional<String>> parameters) {
        Map<String, Boolean> ics = new LinkedHashMap<>();
        for (String pair : list(parameters, ICS)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("error: ICS answer '" + pair + "' has no value; expected ID=yes or ID=no");
            }
            ics.put(pair.substring(0, eq).trim(), answer(pair.substring(eq + 1), "ICS answer for " + pair.substring(0, eq)));
        }
        return new EngineConfig(parameters.apply(PLATFORM).filter(s -> !s.isBlank()).map(Path::of),
                new LinkedHashSet<>(list(parameters, FAULTS)),
                parameters.apply(REPORTS_DIR).filter(s -> !s.isBlank()).map(Path::of), ics,
                parameters.apply(ICS_DEFAULT).filter(s -> !s.isBlank()).map(s -> answer(s, "--ics-default")),
                list(parameters, CLAUSES), list(parameters, EXCLUDE_CLAUSES), seed(parameters),
                list(parameters, BINDINGS), parameterValues(parameters.apply(PARAMETERS).orElse("")),
                parameters.apply(REFERENCE_TLS).filter(s -> !s.isBlank()).map(s -> answer(s, REFERENCE_TLS)).orElse(false),
                parameters.apply(CLOCK).filter(s -> !s.isBlank()).map(EngineConfig::instant),
                parameters.apply(JOURNAL).filter(s -> !s.isBlank()).map(Path::of),
                parameters.apply(JOURNAL_MODE).filter(s -> !s.isBlank()).map(EngineConfig::mode).orElse(JournalMode.RUN),
                parameters.apply(REPLAY).filter(s -> !s.isBlank()),
                parameters.apply(RUN_KIND).filter(s -> !s.isBlank()).map(EngineConfig::kind)
                        .orElse(org.thingconform.result.RunKind.NOT_CERTIFICATION),
                parameters.apply(WAIVERS).filter(s -> !s.isBlank()).map(Path::of), confirm(parameters),
                jobs(parameters), list(parameters, PROFILES).stream().map(Path::of).toList(),
                parameters.apply(HISTORY).filter(s -> !s.isBlank()).map(Path::of),
                parameters.apply(SHARD).filter(s -> !s.isBlank())
                        .map(s -> org.thingconform.shard.ShardSpec.parse(s, SHARD)));
    }

    /**
     * The default of {@value #JOBS}: four per core, at least 4 and at most 16. Most of a test's time is a
     * wait (for a reply, or for "nothing arrives"), so more tests than cores overlap their waits; each one
     * side by side costs a device per role on the reference platform.
     */
    public static int defaultJobs() {
        return Math.min(16, Math.max(4, 4 * Runtime.getRuntime().availableProcessors()));
    }

    private static int jobs(Function<String, Optional<String>> parameters) {
        return wholeNumber(parameters, JOBS, defaultJobs(), 1, "how many tests may run side by side, a whole number "
                + "from 1 (1: one after the other)");
    }

    private static int confirm(Function<String, Optional<String>> parameters) {
        return wholeNumber(parameters, CONFIRM, 0, 0, "how many more tries a test that did not pass gets, a whole number "
                + "from 0, e.g. 3");
    }

    /** The whole number {@code key} gives, at least {@code min}; {@code fallback} when it is not set. */
    private static int wholeNumber(Function<String, Optional<String>> parameters, String key, int fallback, int min,
                                   String expected) {
        String text = parameters.apply(key).filter(s -> !s.isBlank()).orElse(String.valueOf(fallback)).trim();
        try {
            int value = Integer.parseInt(text);
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadInputException("error: " + key + " is '" + text + "'; expected " + expected);
    }

    /** An ISO-8601 instant such as {@code 2026-12-04T17:00:00Z}. */
    public static java.time.Instant instant(String text) {
        try {
            return java.time.Instant.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInputException("error: clock '" + text.trim() + "' is not an instant; expected ISO-8601 UTC, "
                    + "e.g. 2026-12-04T17:00:00Z");
        }
    }

    private static org.thingconform.result.RunKind kind(String text) {
        try {
            return org.thingconform.result.RunKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("error: " + RUN_KIND + " is '" + text.trim()
                    + "'; expected CERTIFICATION, CERTIFICATION_WITH_DRAFTS or NOT_CERTIFICATION");
        }
    }

    private static JournalMode mode(String text) {
        try {
            return JournalMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("error: " + JOURNAL_MODE + " is '" + text.trim() + "'; expected run, resume or render");
        }
    }

    /** {@code name=value;name2=value2}, each value read as a YAML scalar or flow collection. */
    private static Map<String, JsonNode> parameterValues(String text) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair.trim() : pair.substring(0, eq).trim();
            if (eq <= 0 || name.isEmpty() || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new BadInputException("error: parameter setting '" + pair.trim() + "' is not NAME=VALUE; "
                        + "expected e.g. --param quietPeriod=300ms");
            }
            try {
                JsonNode value = YAML.readTree(pair.substring(eq + 1).trim());
                values.put(name, value == null || value.isMissingNode() ? TextNode.valueOf("") : value);
            } catch (JsonProcessingException e) {
                throw new BadInputException("error: the value of parameter " + name + " ('" + pair.substring(eq + 1).trim()
                        + "') is not a YAML value; expected e.g. 300ms, 2 or [401, 403]");
            }
        }
        return values;
    }

    private static long seed(Function<String, Optional<String>> parameters) {
        String text = parameters.apply(SEED).filter(s -> !s.isBlank()).orElse(String.valueOf(DEFAULT_SEED));
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException("error: seed '" + text + "' is not a whole number; expected e.g. --seed 42");
        }
    }

    /** Parses yes/no (also true/false). */
    public static boolean answer(String text, String what) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y" -> true;
            case "no", "false", "n" -> false;
            default -> throw new BadInputException("error: " + what + " is '" + text.trim() + "'; expected yes or no");
        };
    }

    private static List<String> list(Function<String, Optional<String>> parameters, String key) {
        return parameters.apply(key).map(value -> Arrays.stream(value.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }
}
