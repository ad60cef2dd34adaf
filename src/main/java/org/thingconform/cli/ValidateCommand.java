package org.thingconform.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.thingconform.source.InputProblem;
import org.thingconform.validate.FileKind;
import org.thingconform.validate.FileValidator;
import org.thingconform.validate.ValidationTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thingconform validate}: checks profiles, platform descriptors and thing models
 * against their JSON Schemas and the loaders' rules without running anything, and prints
 * every problem as {@code file:line:column: error: …}, so an editor, a CI job or a standards
 * committee can lint its files on their own.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check profiles, platform descriptors, thing models and waivers files against their JSON Schemas and the "
                + "loaders' rules (references, consistent data types, unique ids) and print every problem.",
                "Kinds: profile.yaml / *.profile.yaml; *descriptor*.yaml or a top-level 'northbound' or 'lwm2m' key; "
                        + "*.tsl.json, *.tm.json, *.xml (LwM2M object model, DDF), or a .yaml with 'productKey' or 'properties'; "
                        + "*waivers*.yaml or a top-level 'waivers' key. Directories are walked (XML files only when their "
                        + "root element is <LWM2M>)."},
        footer = {"", "Exit codes:", "  0  no error (warnings do not count unless --strict)",
                "  2  at least one error (or, with --strict, a warning)"})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Files or directories to check. Default: every file under test-profiles/.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--strict", description = "Fail (exit 2) on warnings too.")
    boolean strict;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Set<String> printed = new LinkedHashSet<>();
        int errors = 0;
        int warnings = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        try {
            ValidationTargets targets = ValidationTargets.of(paths.isEmpty() ? List.of(ProjectPaths.defaultProfiles()) : paths);
            List<InputProblem> problems = new ArrayList<>(targets.problems());
            FileValidator validator = FileValidator.forValidation();
            for (ValidationTargets.Target target : targets.targets()) {
                kinds.merge(kindName(target.kind()), 1, Integer::sum);
                problems.addAll(validator.validate(target.file(), target.kind()).problems());
            }
            for (InputProblem problem : problems) {
                if (printed.add(problem.toString())) {
                    out.println(problem);
                    if (problem.isError()) {
                        errors++;
                    } else {
                        warnings++;
                    }
                }
            }
        } catch (RuntimeException e) {
            System.err.println("error: validation stopped (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return ExitCode.BAD_INPUT;
        }
        int files = kinds.values().stream().mapToInt(Integer::intValue).sum();
        out.println(files + " file(s) checked" + (kinds.isEmpty() ? "" : " (" + describe(kinds) + ")") + ": "
                + plural(errors, "error") + ", " + plural(warnings, "warning")
                + (strict && warnings > 0 ? " (--strict: warnings fail)" : ""));
        return errors > 0 || (strict && warnings > 0) ? ExitCode.BAD_INPUT : ExitCode.CONFORMANT;
    }

    private static String kindName(FileKind kind) {
        return switch (kind) {
            case PROFILE -> "profile";
            case DESCRIPTOR -> "platform descriptor";
            case TSL_MODEL, WOT_MODEL, YAML_MODEL, LWM2M_MODEL -> "thing model";
            case WAIVERS -> "waivers file";
            case STATEMENTS -> "statement list";
        };
    }

    private static String describe(Map<String, Integer> kinds) {
        List<String> parts = new ArrayList<>();
        kinds.forEach((kind, count) -> parts.add(plural(count, kind)));
        return String.join(", ", parts);
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
