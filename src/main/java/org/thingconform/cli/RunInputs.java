package org.thingconform.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.thingconform.engine.ClauseSelection;
import org.thingconform.engine.EngineConfig;
import org.thingconform.engine.Glob;
import org.thingconform.engine.IcsAnswers;
import org.thingconform.engine.PlatformSession;
import org.thingconform.journal.RunRequest;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Profile;
import org.thingconform.result.Level;
import org.thingconform.result.SuiteVersion;
import org.thingconform.source.BadInputException;
import org.thingconform.validate.FileValidator;
import org.thingconform.validate.Validation;
import org.thingconform.waiver.WaiverChecks;
import org.thingconform.waiver.Waivers;

/**
 * Checks a run's input before anything runs, the same for a new run, a resume and a
 * rendering: profiles and descriptor as {@code thingconform validate} checks them (every
 * problem printed), levels, tags, bindings, parameters and ICS ids that some selected profile
 * knows, every ICS item answered, faults and reference TLS only for the embedded platform, and
 * a waivers file whose every entry is current and matches the run.
 */
final class RunInputs {

    private RunInputs() {
    }

    /**
     * The loaded profiles of {@code request}.
     *
     * @throws BadInputException with a one-line message, or with an empty message when the
     *                           validation problems are already printed on standard error
     */
    static List<Profile> check(RunRequest request) {
        CertifyRules.checkOptions(request);
        FileValidator validator = FileValidator.forRun();
        List<Validation<Profile>> checked = request.profiles().stream().map(Path::of).map(validator::profile).toList();
        Optional<Validation<PlatformDescriptor>> descriptor = Optional.ofNullable(request.platform())
                .map(Path::of).map(validator::descriptor);
        Optional<Validation<Waivers>> waivers = Optional.ofNullable(request.waivers()).map(Path::of).map(validator::waivers);
        if (!report(Stream.of(checked.stream(), descriptor.stream(), waivers.stream()).flatMap(s -> s).toList())) {
            throw new BadInputException("");
        }
        List<Profile> loaded = checked.stream().map(v -> v.value().orElseThrow()).toList();
        CertifyRules.checkInputs(request, loaded, descriptor.flatMap(Validation::value).orElse(null));
        checkSelection(request, loaded);
        waivers.flatMap(Validation::value).ifPresent(w -> checkWaivers(request, loaded, w));
        EngineConfig config = EngineConfig.from(RunLaunch.configuration(request));
        checkIcs(request, config, loaded, descriptor.flatMap(Validation::value).orElse(null));
        if (request.platform() != null) {
            if (!request.faults().isEmpty()) {
                throw new BadInputException("error: --fault applies to the embedded reference platform only; "
                        + "drop --platform or the faults");
            }
            if (request.referenceTls()) {
                throw new BadInputException("error: --reference-tls applies to the embedded reference platform "
                        + "only; a descriptor says itself how its platform is secured (tls blocks)");
            }
        } else if (!request.faults().isEmpty()) {
            PlatformSession.checkFaults(PlatformSession.provider(), new LinkedHashSet<>(request.faults()));
        }
        return loaded;
    }

    /**
     * Refuses to {@code action} the journaled run in {@code journal} when the suite version or
     * any input file differs from when it started, naming each file that changed.
     */
    static void checkUnchanged(RunRequest request, Path journal, String action) {
        if (!request.suiteVersion().equals(SuiteVersion.get())) {
            throw new BadInputException(journal + ": error: the run was made with ThingConform " + request.suiteVersion()
                    + " and this is " + SuiteVersion.get() + "; expected the same suite version to " + action
                    + " it (start a new run instead)");
        }
        List<String> changed = request.changedInputs();
        if (!changed.isEmpty()) {
            throw new BadInputException(String.join("\n", changed.stream().map(c -> c.replaceFirst(": ", ": error: ")).toList())
                    + "\nerror: the run's input changed since it started; expected the same files to " + action
                    + " it, or verdicts on two versions would mix (start a new run instead)");
        }
    }

    /** Refuses levels, tags and bindings no selected profile knows, so a typo cannot shrink the run. */
    private static void checkSelection(RunRequest request, List<Profile> loaded) {
        for (String level : request.levels()) {
            if (Level.parse(level) == null) {
                throw new BadInputException("error: --level " + level + " is not a level; expected must, should or may");
            }
        }
        Set<String> knownTags = new TreeSet<>();
        loaded.forEach(p -> p.clauses().forEach(c -> knownTags.addAll(c.tags())));
        for (String tag : request.tags()) {
            if (!knownTags.contains(tag)) {
                throw new BadInputException("error: --tag " + tag + " is on no clause of the selected profiles; expected one of "
                        + knownTags);
            }
        }
        ParameterSettings.checked(request.params(), loaded);
        Set<String> knownBindings = new TreeSet<>();
        loaded.forEach(p -> p.bindings().forEach(b -> knownBindings.add(b.id())));
        for (String binding : request.bindings()) {
            if (knownBindings.stream().noneMatch(id -> Glob.compile(binding).matcher(id).matches())) {
                throw new BadInputException("error: --binding " + binding + " matches no binding of the selected profiles; "
                        + "expected one of " + knownBindings);
            }
        }
    }

    /**
     * Refuses a waivers file with an entry expired before the run's date (the day it started, in
     * UTC, so a resume judges as the run did), an entry matching nothing selected, or, in a
     * certification run, a waiver of a MUST clause.
     */
    private static void checkWaivers(RunRequest request, List<Profile> loaded, Waivers waivers) {
        WaiverChecks.checkCurrent(waivers, LocalDate.ofInstant(request.startedAt(), ZoneOffset.UTC));
        ClauseSelection clauses = ClauseSelection.of(request.clauses(), request.excludedClauses());
        WaiverChecks.checkMatches(waivers, loaded, clauses::selects, binding -> request.bindings().isEmpty()
                || request.bindings().stream().anyMatch(glob -> Glob.compile(glob).matcher(binding).matches()));
        if (request.certify()) {
            WaiverChecks.checkCertifiable(waivers, loaded);
        }
    }

    /** Fail closed: with a descriptor, every ICS item of the selected profiles must have an answer. */
    private static void checkIcs(RunRequest request, EngineConfig config, List<Profile> loaded,
                                 PlatformDescriptor descriptor) {
        Set<String> declared = new TreeSet<>();
        loaded.forEach(p -> p.ics().forEach(item -> declared.add(item.id())));
        for (String id : config.icsOverrides().keySet()) {
            if (!declared.contains(id)) {
                throw new BadInputException("error: --ics " + id + ": no selected profile declares this ICS item; expected one of "
                        + declared);
            }
        }
        if (descriptor == null) {
            return;
        }
        IcsAnswers answers = IcsAnswers.resolve(loaded, descriptor.ics(), config.icsOverrides(), config.icsDefault(), false);
        if (!answers.missing().isEmpty()) {
            throw new BadInputException(request.platform() + ": error: " + answers.missingMessage());
        }
    }

    /**
     * Prints every problem the validation found (schema and loader errors, warnings) on
     * standard error; false when any is an error, so the run must not start.
     */
    private static boolean report(List<? extends Validation<?>> validations) {
        Set<String> printed = new LinkedHashSet<>();
        validations.forEach(v -> v.problems().forEach(p -> {
            if (printed.add(p.toString())) {
                System.err.println(p);
            }
        }));
        return validations.stream().noneMatch(Validation::hasErrors);
    }

    /** The levels as the tag expressions the launcher filters with. */
    static List<String> levelTags(RunRequest request) {
        return request.levels().stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }
}
