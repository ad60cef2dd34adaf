package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thingconform.result.StandardInfo;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.ThingModelFormat;

/**
 * A loaded, validated test profile: one standard (or draft), the thing models and device
 * roles its clauses use, the binding they travel on, its parameters and its clauses.
 *
 * @param file       the profile file
 * @param id         the profile id, e.g. {@code tsl-alink-mqtt}
 * @param standard   the standard the clauses belong to
 * @param models     thing-model id → thing model
 * @param devices    device role → thing-model id
 * @param bindings   the bindings the device-side clauses run over, in file order (at least one)
 * @param parameters profile parameters (after substitution into steps, kept for the manifest)
 * @param ics        the ICS items the platform's descriptor must answer
 * @param timeouts   how long to wait for an answer from the platform
 * @param clauses    the clauses, in file order
 * @param sha256     hash of the profile file, for the run manifest
 * @param sharedRoles the device roles whose devices the platform shares with the peer platform
 * @param inputs     the other files the profile was read from (thing models, the profile of
 *                   {@code generatedFrom} and its inputs), in the order read: a run journal
 *                   records their digests so a resume notices a changed input
 * @param ixit       the parameters that are IXIT: implementation facts the platform may set
 *                   (descriptor {@code ixit:}, {@code --param}) in a certification run; the
 *                   others keep the profile's value there
 * @param modelFiles thing model id → the file it was read from: an LwM2M client builds its object tree from
 *                   the OMA DDF file itself
 */
public record Profile(Path file, String id, StandardInfo standard, Map<String, ThingModel> models,
                      Map<String, String> devices, List<Binding> bindings, Map<String, JsonNode> parameters,
                      List<IcsItem> ics, Timeouts timeouts, List<Clause> clauses, String sha256,
                      Set<String> sharedRoles, List<Path> inputs, Set<String> ixit, Map<String, Path> modelFiles) {

    /** A profile whose thing models' files are not kept. */
    public Profile(Path file, String id, StandardInfo standard, Map<String, ThingModel> models,
                   Map<String, String> devices, List<Binding> bindings, Map<String, JsonNode> parameters,
                   List<IcsItem> ics, Timeouts timeouts, List<Clause> clauses, String sha256,
                   Set<String> sharedRoles, List<Path> inputs, Set<String> ixit) {
        this(file, id, standard, models, devices, bindings, parameters, ics, timeouts, clauses, sha256, sharedRoles,
                inputs, ixit, Map.of());
    }

    public Profile {
        modelFiles = ordered(modelFiles);
        // declaration order, in every JVM: device roles and parameters reach generated case ids and reports
        models = ordered(models);
        devices = ordered(devices);
        parameters = ordered(parameters);
        ics = List.copyOf(ics);
        clauses = List.copyOf(clauses);
        sharedRoles = Set.copyOf(sharedRoles);
        bindings = List.copyOf(bindings);
        inputs = List.copyOf(inputs);
        ixit = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(ixit));
        if (bindings.isEmpty() && !devices.isEmpty()) {
            throw new IllegalArgumentException("a profile with devices needs at least one binding");
        }
    }

    /** The first binding: the only one of a single-binding profile; null for a profile without devices. */
    public Binding binding() {
        return bindings.isEmpty() ? null : bindings.get(0);
    }

    /** The bindings {@code clause} runs over: its own list, or every binding of the profile. */
    public List<Binding> bindingsOf(Clause clause) {
        if (bindings.isEmpty()) {
            return java.util.Collections.singletonList(null); // no devices: clauses run once, over no binding
        }
        return clause.bindings().isEmpty() ? bindings
                : bindings.stream().filter(b -> clause.bindings().contains(b.id())).toList();
    }

    /** Whether the binding is a dimension of the run: more than one binding. */
    public boolean multiBinding() {
        return bindings.size() > 1;
    }

    /** A profile none of whose devices is shared with a peer platform. */
    public Profile(Path file, String id, StandardInfo standard, Map<String, ThingModel> models,
                   Map<String, String> devices, List<Binding> bindings, Map<String, JsonNode> parameters,
                   List<IcsItem> ics, Timeouts timeouts, List<Clause> clauses, String sha256) {
        this(file, id, standard, models, devices, bindings, parameters, ics, timeouts, clauses, sha256, Set.of(), List.of(),
                Set.of());
    }

    /** A profile that reads no other file. */
    public Profile(Path file, String id, StandardInfo standard, Map<String, ThingModel> models,
                   Map<String, String> devices, List<Binding> bindings, Map<String, JsonNode> parameters,
                   List<IcsItem> ics, Timeouts timeouts, List<Clause> clauses, String sha256, Set<String> sharedRoles) {
        this(file, id, standard, models, devices, bindings, parameters, ics, timeouts, clauses, sha256, sharedRoles,
                List.of(), Set.of());
    }

    /** Whether the platform shares the device of {@code role} with the peer platform. */
    public boolean sharedWithPeer(String role) {
        return sharedRoles.contains(role);
    }

    /** The thing model of a device role. */
    public ThingModel modelOf(String role) {
        return models.get(devices.get(role));
    }

    /** The LwM2M object models (DDF files) among the profile's thing models, by id, in declaration order. */
    public Map<String, Path> lwm2mModelFiles() {
        Map<String, Path> files = new java.util.LinkedHashMap<>();
        modelFiles.forEach((id, file) -> {
            if (ThingModelFormat.guess(file).filter(ThingModelFormat.LWM2M_DDF::equals).isPresent()) {
                files.put(id, file);
            }
        });
        return files;
    }

    public Optional<Clause> clause(String clauseId) {
        return clauses.stream().filter(c -> c.id().equals(clauseId)).findFirst();
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }
}
