package org.thingconform.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.thingconform.platform.DescriptorLoader;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.source.BadInputException;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.InputProblem;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.Warnings;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.ThingModelFormat;
import org.thingconform.thingmodel.ThingModels;
import org.thingconform.waiver.WaiverFile;
import org.thingconform.waiver.Waivers;

/**
 * Validates one input file in two passes. First against its JSON Schema, which reports
 * every structural problem at once (unknown keys, wrong types, bad ids, closed sets). Then
 * through the Java loader, which checks what a schema cannot — references to ICS items,
 * thing-model elements, device roles, parameters and placeholders, min ≤ max, unique ids —
 * and stops at its first error. That error is dropped when a schema error already sits on
 * the same line (it is the same problem in other words); the loader's warnings are kept.
 */
public final class FileValidator {

    private final Function<String, String> environment;
    private final boolean secretsRequired;

    /**
     * @param environment     where descriptors' {@code {env: NAME}} secrets are read
     * @param secretsRequired whether a secret that cannot be read is an error (for a run) or a warning (for validation)
     */
    public FileValidator(Function<String, String> environment, boolean secretsRequired) {
        this.environment = environment;
        this.secretsRequired = secretsRequired;
    }

    /** For {@code thingconform validate}: the process environment, unreadable secrets only warned about. */
    public static FileValidator forValidation() {
        return new FileValidator(System::getenv, false);
    }

    /** For {@code thingconform run}: the process environment, every secret must be readable. */
    public static FileValidator forRun() {
        return new FileValidator(System::getenv, true);
    }

    /** Validates {@code file} as a file of {@code kind}. */
    public Validation<?> validate(Path file, FileKind kind) {
        return switch (kind) {
            case PROFILE -> profile(file);
            case DESCRIPTOR -> descriptor(file);
            case TSL_MODEL, WOT_MODEL, YAML_MODEL -> thingModel(file, kind);
            case LWM2M_MODEL -> lwm2mModel(file);
            case WAIVERS -> waivers(file);
            case STATEMENTS -> check(file, FileKind.STATEMENTS,
                    warnings -> org.thingconform.profile.coverage.StatementListLoader.load(file));
        };
    }

    /** A profile; its TSL and native thing models are checked against their schemas too. */
    public Validation<Profile> profile(Path file) {
        return check(file, FileKind.PROFILE, warnings -> ProfileLoader.load(file, Map.of(), warnings));
    }

    /** A platform descriptor. */
    public Validation<PlatformDescriptor> descriptor(Path file) {
        return check(file, FileKind.DESCRIPTOR, warnings -> secretsRequired ? DescriptorLoader.load(file, environment)
                : DescriptorLoader.load(file, environment, warnings));
    }

    /** A waivers file, on its own: whether its entries match a run is checked when the run starts. */
    public Validation<Waivers> waivers(Path file) {
        return check(file, FileKind.WAIVERS, warnings -> WaiverFile.load(file));
    }

    /** A thing model of one of the model kinds. */
    public Validation<ThingModel> thingModel(Path file, FileKind kind) {
        ThingModelFormat format = switch (kind) {
            case TSL_MODEL -> ThingModelFormat.TSL_JSON;
            case WOT_MODEL -> ThingModelFormat.WOT_TM;
            case YAML_MODEL -> ThingModelFormat.YAML;
            default -> throw new IllegalArgumentException(kind + " is not a thing-model kind");
        };
        return check(file, kind, warnings -> ThingModels.load(file, format, warnings));
    }

    /**
     * A LwM2M object model (DDF XML). It has no JSON Schema and is no YAML or JSON, so only its loader
     * checks it: the first error, or the loader's warnings.
     */
    public Validation<ThingModel> lwm2mModel(Path file) {
        List<InputProblem> problems = new ArrayList<>();
        ThingModel value = null;
        try {
            value = ThingModels.load(file, ThingModelFormat.LWM2M_DDF, problems::add);
        } catch (BadInputException e) {
            problems.add(InputProblem.of(e));
        }
        List<InputProblem> sorted = problems.stream().sorted(InputProblem.IN_FILE_ORDER).toList();
        return new Validation<>(file, FileKind.LWM2M_MODEL, sorted, Optional.ofNullable(value));
    }

    private <T> Validation<T> check(Path file, FileKind kind, Function<Warnings, T> loader) {
        LocatedDocument document;
        try {
            document = DocumentReader.read(file);
        } catch (BadInputException e) {
            return new Validation<>(file, kind, List.of(InputProblem.of(e)), Optional.empty());
        }
        Set<InputProblem> problems = new LinkedHashSet<>(schemaProblems(document, kind));
        if (kind == FileKind.PROFILE) {
            problems.addAll(referencedModels(document));
        }
        List<InputProblem> warnings = new ArrayList<>();
        T value = null;
        try {
            value = loader.apply(warnings::add);
        } catch (BadInputException e) {
            InputProblem loaderError = InputProblem.of(e);
            if (!sameLine(loaderError, problems)) {
                problems.add(loaderError);
            }
        } catch (RuntimeException e) {
            problems.add(InputProblem.error(document.locate(""), "the " + kind.title() + " could not be checked ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", null));
        }
        problems.addAll(warnings);
        List<InputProblem> sorted = problems.stream().sorted(InputProblem.IN_FILE_ORDER).toList();
        return new Validation<>(file, kind, sorted, Optional.ofNullable(value));
    }

    private static List<InputProblem> schemaProblems(LocatedDocument document, FileKind kind) {
        return kind.schema().map(schema -> SchemaCheck.problems(document, schema)).orElse(List.of());
    }

    /** The schema problems of the TSL and native thing models a profile names (the loader imports them). */
    private static List<InputProblem> referencedModels(LocatedDocument profile) {
        List<InputProblem> found = new ArrayList<>();
        JsonNode models = profile.root().path("thingModels");
        models.fields().forEachRemaining(entry -> {
            String format = entry.getValue().path("format").asText("");
            String name = entry.getValue().path("file").asText("");
            Optional<FileKind> kind = switch (format) {
                case "tsl-json" -> Optional.of(FileKind.TSL_MODEL);
                case "yaml" -> Optional.of(FileKind.YAML_MODEL);
                default -> Optional.empty();
            };
            Path model = name.isBlank() ? null : profile.file().resolveSibling(name);
            if (kind.isPresent() && model != null && Files.isRegularFile(model)) {
                try {
                    found.addAll(schemaProblems(DocumentReader.read(model), kind.get()));
                } catch (BadInputException e) {
                    // not parseable: the loader reports it when it imports the model
                }
            }
        });
        return found;
    }

    private static boolean sameLine(InputProblem problem, Set<InputProblem> others) {
        return problem.location() != null && others.stream().anyMatch(other -> other.isError()
                && other.location() != null && other.location().file().equals(problem.location().file())
                && other.location().line() == problem.location().line());
    }
}
