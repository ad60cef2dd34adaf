package org.thingconform.journal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.thingconform.shard.ShardSpec;

/**
 * What a run was asked to do, as the first line of its journal: every option of
 * {@code thingconform run} that decides which tests run and how, the suite version, and the
 * digest of every input. A resume runs exactly this again; a replay of one test is this plus
 * {@code --case}.
 *
 * @param profiles    the selected profile files (absolute)
 * @param platform    the platform descriptor (absolute), or null for the embedded reference platform
 * @param seed        the seed of generated values
 * @param clock       the instant generated date values take as "now"
 * @param cases       JUnit unique ids of the only tests to run (empty: every selected test)
 * @param inputs      profiles, the files they read and the descriptor, with their digests at the start
 * @param certify     a certification run ({@code --certify}): nothing narrowed, overridden or faulted
 * @param allowDraft  a certification run that accepts draft profiles ({@code --allow-draft})
 * @param waivers     the waivers file (absolute, {@code --waivers}), or null; its digest is among the inputs
 * @param confirm     how many more tries a test that did not pass gets ({@code --confirm}); 0: one try each
 * @param shard       the part of a run split over several machines this one runs ({@code --shard i/n}), or null
 *                    for the whole run; the partition rule is {@link ShardSpec#PARTITION_RULE}
 */
public record RunRequest(String suiteVersion, Instant startedAt, List<String> profiles, String platform,
                         List<String> clauses, List<String> excludedClauses, List<String> bindings, List<String> tags,
                         List<String> levels, List<String> ics, String icsDefault, long seed, Instant clock,
                         List<String> params, boolean referenceTls, List<String> faults, List<String> cases,
                         List<InputDigest> inputs, boolean certify, boolean allowDraft,
                         String waivers, int confirm, ShardSpec shard) {

    public RunRequest {
        profiles = List.copyOf(profiles);
        clauses = List.copyOf(clauses);
        excludedClauses = List.copyOf(excludedClauses);
        bindings = List.copyOf(bindings);
        tags = List.copyOf(tags);
        levels = List.copyOf(levels);
        ics = List.copyOf(ics);
        params = List.copyOf(params);
        faults = List.copyOf(faults);
        cases = List.copyOf(cases);
        inputs = List.copyOf(inputs);
    }

    /** The request of a whole run, not one shard of it. */
    public RunRequest(String suiteVersion, Instant startedAt, List<String> profiles, String platform,
                      List<String> clauses, List<String> excludedClauses, List<String> bindings, List<String> tags,
                      List<String> levels, List<String> ics, String icsDefault, long seed, Instant clock,
                      List<String> params, boolean referenceTls, List<String> faults, List<String> cases,
                      List<InputDigest> inputs, boolean certify, boolean allowDraft, String waivers, int confirm) {
        this(suiteVersion, startedAt, profiles, platform, clauses, excludedClauses, bindings, tags, levels, ics,
                icsDefault, seed, clock, params, referenceTls, faults, cases, inputs, certify, allowDraft, waivers,
                confirm, null);
    }

    /**
     * The command that runs the same tests the same way against the same platform, paths
     * relative to {@code workingDir} where they lie below it; a test's replay adds
     * {@code --case '<id>'}.
     */
    public String command(Path workingDir) {
        List<String> words = new ArrayList<>(List.of("scripts/thingconform", "run"));
        profiles.forEach(p -> words.addAll(List.of("--profile", shown(p, workingDir))));
        if (platform != null) {
            words.addAll(List.of("--platform", shown(platform, workingDir)));
        }
        words.addAll(List.of("--seed", String.valueOf(seed), "--clock", clock.toString()));
        params.forEach(p -> words.addAll(List.of("--param", p)));
        ics.forEach(i -> words.addAll(List.of("--ics", i)));
        if (icsDefault != null) {
            words.addAll(List.of("--ics-default", icsDefault));
        }
        faults.forEach(f -> words.addAll(List.of("--fault", f)));
        if (referenceTls) {
            words.add("--reference-tls");
        }
        if (confirm > 0) {
            words.addAll(List.of("--confirm", String.valueOf(confirm))); // a replay shows how the test's tries go
        }
        // never --waivers: a replay is for looking at the test, whatever its waiver says (which may have expired since)
        // never --certify: a replay narrows the run to one test, which a certification run refuses
        return String.join(" ", words.stream().map(RunRequest::quoted).toList());
    }

    /**
     * The whole command line of the run: {@link #command(Path)} with the selection options
     * ({@code --clause}, {@code --exclude-clause}, {@code --binding}, {@code --tag}, {@code --level},
     * {@code --case}) and the {@code --shard} it was given.
     */
    public String commandLine(Path workingDir) {
        List<String> words = new ArrayList<>();
        clauses.forEach(c -> words.addAll(List.of("--clause", c)));
        excludedClauses.forEach(c -> words.addAll(List.of("--exclude-clause", c)));
        bindings.forEach(b -> words.addAll(List.of("--binding", b)));
        tags.forEach(t -> words.addAll(List.of("--tag", t)));
        levels.forEach(l -> words.addAll(List.of("--level", l)));
        cases.forEach(c -> words.addAll(List.of("--case", c)));
        if (certify) {
            words.add("--certify");
        }
        if (allowDraft) {
            words.add("--allow-draft");
        }
        if (shard != null) {
            words.addAll(List.of("--shard", shard.label())); // never in command(): a replay of one test is no shard
        }
        return command(workingDir) + words.stream().map(w -> " " + quoted(w)).reduce("", String::concat);
    }

    /** This request with {@code digests} as its inputs. */
    public RunRequest withInputs(List<InputDigest> digests) {
        return new RunRequest(suiteVersion, startedAt, profiles, platform, clauses, excludedClauses, bindings, tags,
                levels, ics, icsDefault, seed, clock, params, referenceTls, faults, cases, digests, certify, allowDraft,
                waivers, confirm, shard);
    }

    /** This request as the run {@code shard} is part of (null: the whole run), started at {@code startedAt}. */
    public RunRequest asPartOf(ShardSpec shard, Instant startedAt) {
        return new RunRequest(suiteVersion, startedAt, profiles, platform, clauses, excludedClauses, bindings, tags,
                levels, ics, icsDefault, seed, clock, params, referenceTls, faults, cases, inputs, certify, allowDraft,
                waivers, confirm, shard);
    }

    /** What changed among the inputs since the run started, one line per file; empty when nothing did. */
    public List<String> changedInputs() {
        return inputs.stream().map(InputDigest::change).filter(java.util.Objects::nonNull).toList();
    }

    private static String shown(String path, Path workingDir) {
        Path p = Path.of(path);
        Path base = workingDir.toAbsolutePath().normalize();
        return p.startsWith(base) ? base.relativize(p).toString().replace('\\', '/') : path;
    }

    private static String quoted(String word) {
        return word.matches("[A-Za-z0-9_./:=,@+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
