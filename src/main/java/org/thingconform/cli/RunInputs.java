package org.thingconform.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
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

/**
 * Checks a run's input before anything runs, the same for a new run, a resume and a
 * rendering: profiles and descriptor as {@code thingconform validate} checks them (every
 * problem printed), levels, tags, bindings, parameters and ICS ids that some selected profile
 * knows, every ICS item answered, faults and reference TLS only for the embedded platform.
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
        if (!report(Stream.concat(checked.stream(), descriptor.stream()).toList())) {
            throw new BadInputException("");
        }
        List<Profile> loaded = checked.stream().map(v -> v.value().orElseThrow()).toList();
        CertifyRules.checkInputs(request, loaded, descriptor.flatMap(Validation::value).orElse(null));
        checkSelection(request, loaded);
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
