package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thingconform.result.Level;
import org.thingconform.result.StandardInfo;
import org.thingconform.source.BadInputException;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.Warnings;
import org.thingconform.profile.step.Step;
import org.thingconform.thingmodel.Service;
import org.thingconform.source.InputProblem;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.ThingModelFormat;
import org.thingconform.thingmodel.ThingModels;

/**
 * Loads a profile YAML file into a validated {@link Profile}: every key checked, every
 * reference (device role, thing-model element, parameter) resolved, every problem a
 * located {@link BadInputException}.
 */
public final class ProfileLoader {

    private static final Set<String> TOP_KEYS = Set.of("profile", "standard", "thingModels", "devices", "binding",
            "bindings", "parameters", "ixit", "ics", "timeouts", "clauses", "generatedFrom");
    private static final Pattern DURATION = Pattern.compile("^(\\d+)(ms|s|m)$");

    private ProfileLoader() {
    }

    /** Whether {@code file} is named like a profile: {@code profile.yaml} or {@code *.profile.yaml}. */
    public static boolean isProfileFile(Path file) {
        String name = file.getFileName().toString();
        return name.equals("profile.yaml") || name.endsWith(".profile.yaml");
    }

    public static Profile load(Path file) {
        return load(file, Map.of());
    }

    /**
     * Loads a profile with some parameters overridden, e.g. by the platform's IXIT values;
     * overrides for names the profile does not declare are ignored.
     */
    public static Profile load(Path file, Map<String, JsonNode> parameterOverrides) {
        return load(file, parameterOverrides, Warnings.IGNORE);
    }

    /** As {@link #load(Path, Map)}, reporting what is only suspicious (in the profile's thing models) to {@code warnings}. */
    public static Profile load(Path file, Map<String, JsonNode> parameterOverrides, Warnings warnings) {
        LocatedDocument document = DocumentReader.read(file);
        Fields top = Fields.of(document, "", document.root(), "a profile", TOP_KEYS);
        String id = IdRule.PROFILE.check(document, top.child("profile"),
                top.requiredText("profile", "the profile id, e.g. tsl-alink-mqtt"));
        StandardInfo standard = standard(top);
        List<Path> inputs = new ArrayList<>();
        if (standard.ownerCertificate() != null) {
            Path owner = file.resolveSibling(standard.ownerCertificate());
            if (!Files.isRegularFile(owner)) {
                throw document.error(top.child("standard") + "/ownerCertificate", "the owner certificate " + owner
                        + " does not exist",
                        "standard.ownerCertificate: a PEM certificate file, relative to the profile");
            }
            inputs.add(owner.toAbsolutePath().normalize());
        }
        if (standard.statements() != null) {
            // coverage alone reads the list: a run does not need it, so a missing one is a warning (validate, lint)
            Path statements = file.resolveSibling(standard.statements());
            if (Files.isRegularFile(statements)) {
                inputs.add(statements.toAbsolutePath().normalize());
            } else {
                warnings.warn(org.thingconform.source.InputProblem.warning(document.locate(top.child("standard")
                        + "/statements"), "the statement list " + statements + " does not exist, so coverage cannot be "
                        + "measured", "standard.statements: a YAML list of the standard's statements, relative to the profile"));
            }
        }
        Map<String, ThingModel> models = thingModels(top, file, warnings, inputs);
        Map<String, String> devices = devices(top, models);
        Set<String> sharedRoles = sharedRoles(top);
        List<IcsItem> ics = ics(top);
        List<String> icsIds = ics.stream().map(IcsItem::id).toList();
        // a profile whose clauses play no device (e.g. W3C WoT: the suite is the client of a Thing) needs no binding
        List<Binding> bindings = devices.isEmpty() && !top.has("binding") && !top.has("bindings")
                ? List.of(Binding.NO_DEVICE) : BindingParser.parseAll(top, f -> requires(f, icsIds));
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        if (top.has("parameters")) {
            top.requiredObject("parameters", "a mapping of parameter name to value").fields().forEachRemaining(e -> {
                IdRule.PARAMETER.check(document, top.child("parameters") + "/" + DocumentReader.escape(e.getKey()) + "#key",
                        e.getKey());
                parameters.put(e.getKey(), e.getValue());
            });
        }
        List<String> ixit = top.textList("ixit");
        for (int i = 0; i < ixit.size(); i++) {
            if (!parameters.containsKey(ixit.get(i))) {
                throw document.error(top.child("ixit") + "/" + i, "'" + ixit.get(i) + "' is not a parameter of the profile",
                        "one of " + parameters.keySet());
            }
        }
        parameterOverrides.forEach((name, value) -> parameters.computeIfPresent(name, (n, old) -> value));
        Timeouts timeouts = timeouts(top, new ParameterSubstitution(document, parameters));
        StepParser steps = new StepParser(document, devices, models, new ParameterSubstitution(document, parameters),
                sharedRoles);
        String clauseUrl = top.node().path("standard").path("clauseUrl").asText(null);
        List<Clause> clauses = new ArrayList<>();
        boolean imports = top.has("generatedFrom");
        if (!imports || top.has("clauses")) {
            clauses.addAll(clauses(top, steps, clauseUrl, icsIds, devices,
                    new ParameterSubstitution(document, parameters), timeouts,
                    bindings.stream().map(Binding::id).toList()));
        }
        if (imports) {
            importGenerated(top, file, devices, ics, clauses, inputs);
        }
        ClauseBindingChecks.check(clauses, bindings, devices, models, warnings);
        return new Profile(file, id, standard, models, devices, bindings, parameters, ics, timeouts, clauses,
                sha256(file), sharedRoles, inputs, new java.util.LinkedHashSet<>(ixit), modelFiles(top, file));
    }


    private static StandardInfo standard(Fields top) {
        Fields f = Fields.of(top.document(), top.child("standard"), top.requiredObject("standard",
                "{id, title, edition, status}"), "standard", Set.of("id", "title", "edition", "status", "url", "clauseUrl",
                "ownerCertificate", "statements"));
        String status = f.requiredText("status", "draft or published");
        if (!status.equals("draft") && !status.equals("published")) {
            throw f.error("status", "unknown status '" + status + "'", "draft or published");
        }
        return new StandardInfo(f.requiredText("id", "the standard's id"), f.optionalText("title", f.requiredText("id", "")),
                f.requiredText("edition", "the edition, e.g. 1.0 or draft-2026-11"), status, f.optionalText("url", null),
                f.optionalText("ownerCertificate", null), f.optionalText("statements", null));
    }

    private static Map<String, ThingModel> thingModels(Fields top, Path file, Warnings warnings, List<Path> inputs) {
        Map<String, ThingModel> models = new LinkedHashMap<>();
        if (!top.has("thingModels")) {
            return models;
        }
        var node = top.requiredObject("thingModels", "a mapping of model id to {format, file}");
        node.fields().forEachRemaining(e -> {
            String pointer = top.child("thingModels") + "/" + DocumentReader.escape(e.getKey());
            IdRule.MODEL.check(top.document(), pointer + "#key", e.getKey());
            Fields f = Fields.of(top.document(), pointer, e.getValue(), "thing model '" + e.getKey() + "'",
                    Set.of("format", "file"));
            String formatName = f.requiredText("format", ThingModelFormat.choices());
            ThingModelFormat format = ThingModelFormat.fromName(formatName).orElseThrow(() ->
                    f.error("format", "unsupported thing-model format '" + formatName + "'", ThingModelFormat.choices()));
            Path modelFile = file.resolveSibling(f.requiredText("file", "a path relative to the profile"));
            if (!Files.isRegularFile(modelFile)) {
                throw f.error("file", "thing-model file not found: " + modelFile, "an existing file next to the profile");
            }
            models.put(e.getKey(), ThingModels.load(modelFile, format, warnings));
            inputs.add(modelFile.toAbsolutePath().normalize());
        });
        return models;
    }

    /** Thing model id → its file, as {@link #thingModels} checked them. */
    private static Map<String, Path> modelFiles(Fields top, Path file) {
        Map<String, Path> files = new LinkedHashMap<>();
        top.node().path("thingModels").fields().forEachRemaining(e ->
                files.put(e.getKey(), file.resolveSibling(e.getValue().path("file").asText()).toAbsolutePath().normalize()));
        return files;
    }

    /** The ids of the thing models that are LwM2M object models (format lwm2m-ddf). */
    private static Set<String> lwm2mModels(Fields top) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        top.node().path("thingModels").fields().forEachRemaining(e -> {
            String format = e.getValue().path("format").asText(null);
            java.util.Optional<ThingModelFormat> known = format != null ? ThingModelFormat.fromName(format)
                    : ThingModelFormat.guess(java.nio.file.Path.of(e.getValue().path("file").asText("")));
            if (known.filter(ThingModelFormat.LWM2M_DDF::equals).isPresent()) {
                ids.add(e.getKey());
            }
        });
        return ids;
    }

    /** The device roles declared {@code sharedWithPeer: true} (checked by {@link #devices}). */
    private static Set<String> sharedRoles(Fields top) {
        Set<String> shared = new java.util.LinkedHashSet<>();
        top.node().path("devices").fields().forEachRemaining(e -> {
            if (e.getValue().path("sharedWithPeer").asBoolean(false)) {
                shared.add(e.getKey());
            }
        });
        return shared;
    }

    private static Map<String, String> devices(Fields top, Map<String, ThingModel> models) {
        Map<String, String> devices = new LinkedHashMap<>();
        if (!top.has("devices")) {
            return devices;
        }
        top.requiredObject("devices", "a mapping of device role to {model}").fields().forEachRemaining(e -> {
            String pointer = top.child("devices") + "/" + DocumentReader.escape(e.getKey());
            IdRule.DEVICE_ROLE.check(top.document(), pointer + "#key", e.getKey());
            Fields f = Fields.of(top.document(), pointer, e.getValue(), "device '" + e.getKey() + "'",
                    Set.of("model", "sharedWithPeer"));
            f.optionalBoolean("sharedWithPeer", false);
            String model = f.requiredText("model", "a thing-model id");
            if (!models.containsKey(model)) {
                throw f.error("model", "unknown thing model '" + model + "'", "one of " + models.keySet());
            }
            devices.put(e.getKey(), model);
        });
        return devices;
    }

    /** The profile's wait bounds; each may be a parameter expression, e.g. {@code reply: "${replyTimeout}"}. */
    private static Timeouts timeouts(Fields top, ParameterSubstitution parameters) {
        if (!top.has("timeouts")) {
            return Timeouts.DEFAULT;
        }
        top.requiredObject("timeouts", "{reply, northbound}");
        Fields f = Fields.of(top.document(), top.child("timeouts"),
                parameters.apply(top.node().get("timeouts"), top.child("timeouts")),
                "timeouts", Set.of("reply", "northbound", "syncCall"));
        Timeouts timeouts = new Timeouts(duration(f, "reply", Timeouts.DEFAULT.reply()),
                duration(f, "northbound", Timeouts.DEFAULT.northbound()),
                duration(f, "syncCall", Timeouts.DEFAULT.syncCall()));
        if (timeouts.syncCall().compareTo(timeouts.northbound()) >= 0) {
            throw f.error(f.has("syncCall") ? "syncCall" : null, "the sync call timeout " + timeouts.syncCall().toMillis()
                    + " ms is not shorter than the northbound timeout " + timeouts.northbound().toMillis()
                    + " ms, so a timed-out sync call could not be told from a platform that does not answer",
                    "syncCall shorter than northbound");
        }
        return timeouts;
    }

    static Duration duration(Fields f, String key, Duration fallback) {
        if (!f.has(key)) {
            return fallback;
        }
        String text = f.requiredText(key, "a duration such as 5s or 500ms");
        Matcher m = DURATION.matcher(text);
        try {
            Duration d = m.matches() ? switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(Long.parseLong(m.group(1)));
                case "s" -> Duration.ofSeconds(Long.parseLong(m.group(1)));
                default -> Duration.ofMinutes(Long.parseLong(m.group(1)));
            } : Duration.parse(text);
            if (d.isZero() || d.isNegative()) {
                throw f.error(key, "duration must be positive, got " + text, "a duration such as 5s");
            }
            return d;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw f.error(key, "'" + text + "' is not a duration", "a duration such as 5s, 500ms or PT5S");
        }
    }

    /**
     * Takes the generated clauses of another profile ({@code generatedFrom}), with the ICS
     * items they need: a profile that only names its thing models gets the whole
     * generated suite for them.
     */
    private static void importGenerated(Fields top, Path file, Map<String, String> devices, List<IcsItem> ics,
                                        List<Clause> clauses, List<Path> inputs) {
        Path source = file.resolveSibling(top.requiredText("generatedFrom", "a profile file whose generated clauses to use"));
        if (!Files.isRegularFile(source)) {
            throw top.error("generatedFrom", "profile not found: " + source, "an existing profile file");
        }
        if (source.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw top.error("generatedFrom", "a profile cannot import its own clauses", "another profile");
        }
        Profile from = load(source);
        inputs.add(source.toAbsolutePath().normalize());
        inputs.addAll(from.inputs());
        List<Clause> generated = from.clauses().stream().filter(c -> c.generate() != null).toList();
        if (generated.isEmpty()) {
            throw top.error("generatedFrom", source + " has no generated clauses", "a profile with generate sections");
        }
        Set<String> own = new HashSet<>();
        clauses.forEach(c -> own.add(c.id()));
        for (Clause clause : generated) {
            if (!own.add(clause.id())) {
                throw top.error("generatedFrom", "clause " + clause.id() + " is both imported and written here",
                        "each clause id once");
            }
            String role = clause.generate().device();
            if (role != null && !devices.containsKey(role)) {
                throw top.error("generatedFrom", "imported clause " + clause.id() + " expands device role '" + role
                        + "', which this profile does not declare", "a 'devices' entry named " + role
                        + ", or a generate section without 'device' (every role)");
            }
            // the imported clause runs over this profile's bindings, not the ones its own profile names
            clauses.add(new Clause(clause.id(), clause.level(), clause.chapter(), clause.summary(), clause.tags(),
                    clause.url(), clause.requires(), clause.untestable(), clause.conditional(), clause.generate(),
                    clause.given(),
                    clause.steps(), clause.location(), List.of(), clause.observes(), clause.roles(), clause.exclusive()));
        }
        for (IcsItem item : from.ics()) {
            if (ics.stream().noneMatch(i -> i.id().equals(item.id()))) {
                ics.add(item);
            }
        }
    }

    private static List<IcsItem> ics(Fields top) {
        List<IcsItem> items = new ArrayList<>();
        JsonNode list = top.node().get("ics");
        if (list == null || list.isNull()) {
            return items;
        }
        if (!list.isArray()) {
            throw top.error("ics", "'ics' must be a list of items", "a list of {id, question, status}");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Fields f = Fields.of(top.document(), top.child("ics") + "/" + i, list.get(i), "an ICS item",
                    Set.of("id", "question", "status", "untested"));
            String id = IdRule.ICS.check(f.document(), f.child("id"), f.requiredText("id", "an ICS id such as EVENTS"));
            if (!seen.add(id)) {
                throw f.error("id", "duplicate ICS item '" + id + "'", "each ICS id once per profile");
            }
            String status = f.requiredText("status", "mandatory or optional");
            if (!status.equals("mandatory") && !status.equals("optional")) {
                throw f.error("status", "unknown ICS status '" + status + "'", "mandatory or optional");
            }
            String question = f.requiredText("question", "the question the platform answers");
            String untested = f.has("untested") ? f.requiredText("untested", "why no clause requires the item yet")
                    : null;
            items.add(new IcsItem(id, question, status.equals("mandatory"), untested, f.location()));
        }
        return items;
    }

    private static Expression requires(Fields f, List<String> icsIds) {
        if (!f.has("requires")) {
            return null;
        }
        Expression requires;
        try {
            requires = ExpressionLanguage.compile(f.requiredText("requires", "an ICS condition such as EVENTS && SYNC"));
        } catch (IllegalArgumentException e) {
            throw f.error("requires", e.getMessage(), "an ICS condition such as EVENTS && !SYNC");
        }
        for (String variable : requires.variables()) {
            if (!icsIds.contains(variable)) {
                throw f.error("requires", "unknown ICS item '" + variable + "' in requires",
                        "one of the profile's ICS items " + icsIds);
            }
        }
        return requires;
    }

    private static List<Clause> clauses(Fields top, StepParser steps, String clauseUrl, List<String> icsIds,
                                        Map<String, String> devices, ParameterSubstitution substitution,
                                        Timeouts timeouts, List<String> bindingIds) {
        JsonNode list = top.node().get("clauses");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw top.error("clauses", "a profile needs a non-empty list of clauses", "a list of clauses");
        }
        List<Clause> clauses = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> clauseOfPointer = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = top.child("clauses") + "/" + i;
            Fields f = Fields.of(top.document(), pointer, list.get(i), "a clause",
                    Set.of("id", "level", "chapter", "summary", "tags", "url", "requires", "untestable", "conditional",
                            "generate", "given", "steps", "bindings", "observes", "exclusive"));
            String id = IdRule.CLAUSE.check(f.document(), f.child("id"), f.requiredText("id", "a clause id such as TM-5.2.1"));
            if (!seen.add(id)) {
                throw f.error("id", "duplicate clause id '" + id + "'", "each clause id once per profile");
            }
            clauseOfPointer.put(pointer, id);
            String levelText = f.requiredText("level", "MUST, SHOULD or MAY");
            Level level = Level.parse(levelText);
            if (level == null) {
                throw f.error("level", "unknown level '" + levelText + "'", "MUST, SHOULD or MAY");
            }
            List<String> tags = f.textList("tags");
            for (int t = 0; t < tags.size(); t++) {
                IdRule.TAG.check(f.document(), f.child("tags") + "/" + t, tags.get(t));
            }
            List<org.thingconform.profile.step.Step> body = steps.parseList(f.node().get("steps"), f.child("steps"));
            String untestable = f.optionalText("untestable", null);
            Generation generate = f.has("generate")
                    ? GenerationParser.parse(f, devices, lwm2mModels(top), substitution, timeouts.reply()) : null;
            int kinds = (untestable != null ? 1 : 0) + (generate != null ? 1 : 0) + (body.isEmpty() ? 0 : 1);
            if (kinds > 1 || (untestable != null && f.has("given"))) {
                throw f.error(untestable != null ? "untestable" : "generate", "clause '" + id
                        + "' mixes steps, generate and untestable", "exactly one of steps, generate or 'untestable: reason'");
            }
            if (kinds == 0) {
                throw f.error("steps", "clause '" + id + "' has no steps, so it can never reach a verdict",
                        "steps, a generate section, or 'untestable: reason'");
            }
            String url = f.optionalText("url", clauseUrl == null ? null : clauseUrl.replace("{clause}", id));
            List<org.thingconform.profile.step.Step> given = steps.parseList(f.node().get("given"), f.child("given"));
            steps.roles().checkGiven(given, f.child("given"));
            steps.checkCalls(given, body);
            steps.checkSubscriptions(given, body);
            String conditional = f.optionalText("conditional", null);
            if (conditional != null && !f.has("requires")) {
                throw f.error("conditional", "clause '" + id + "' says why it is conditional but has no 'requires'",
                        "'requires' naming the ICS items it is conditional on, or no 'conditional'");
            }
            clauses.add(new Clause(id, level, f.optionalText("chapter", ""),
                    f.requiredText("summary", "the requirement in a sentence"), tags, url, requires(f, icsIds),
                    untestable, conditional, generate, given, body, f.location(), clauseBindings(f, bindingIds),
                    observes(f, icsIds), steps.roles().rolesOf(concat(given, body)),
                    f.optionalBoolean("exclusive", false) || Clause.drivesFleet(concat(given, body))));
        }
        steps.roles().checkReferences(seen, clauseOfPointer);
        return clauses;
    }

    private static List<Step> concat(List<Step> given, List<Step> body) {
        List<Step> all = new ArrayList<>(given);
        all.addAll(body);
        return all;
    }

    /** The ICS items a clause observes, each one the profile declares. */
    private static List<String> observes(Fields f, List<String> icsIds) {
        List<String> named = f.textList("observes");
        for (int i = 0; i < named.size(); i++) {
            if (!icsIds.contains(named.get(i))) {
                throw f.document().error(f.child("observes") + "/" + i, "unknown ICS item '" + named.get(i) + "'",
                        "one of the profile's ICS items " + icsIds);
            }
        }
        return named;
    }

    /** The bindings a clause names, each one of the profile's; empty when it names none (every binding). */
    private static List<String> clauseBindings(Fields f, List<String> bindingIds) {
        List<String> named = f.textList("bindings");
        for (int i = 0; i < named.size(); i++) {
            if (!bindingIds.contains(named.get(i))) {
                throw f.document().error(f.child("bindings") + "/" + i, "unknown binding '" + named.get(i) + "'",
                        "one of the profile's bindings " + bindingIds);
            }
        }
        return named;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new BadInputException(file + ": error: cannot read file (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
