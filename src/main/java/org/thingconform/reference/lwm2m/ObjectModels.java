package org.thingconform.reference.lwm2m;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.link.attributes.Attribute;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.model.LwM2mModelRepository;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.StaticModel;
import org.eclipse.leshan.core.node.LwM2mPath;

/**
 * The object models (OMA DDF) the server knows: Leshan's defaults plus a folder of the project's own,
 * in every version. A client's model picks, per object, the version its registration names
 * ({@code ver=}), so its values are encoded and decoded against the model it has.
 */
public final class ObjectModels {

    /** Parsed models by folder: every reference platform of a JVM reads the same files. */
    private static final Map<String, Parsed> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path folder;

    private ObjectModels(Path folder) {
        this.folder = folder;
    }

    /**
     * Leshan's default models, plus those in {@code folder} when it exists (it may be null). They are read at
     * the first registration, once per JVM: a platform whose profiles use no LwM2M never pays for them.
     */
    public static ObjectModels load(Path folder) {
        return new ObjectModels(folder);
    }

    private Parsed parsed() {
        String key = folder == null ? "" : folder.toAbsolutePath().normalize().toString();
        return PARSED.computeIfAbsent(key, k -> Parsed.of(folder));
    }

    /** The models read, in a repository by id and version, and the ids. */
    private record Parsed(LwM2mModelRepository repository, Set<Integer> objectIds) {

        static Parsed of(Path folder) {
            List<ObjectModel> models = new ArrayList<>(ObjectLoader.loadAllDefault());
            if (folder != null && Files.isDirectory(folder)) {
                models.addAll(ObjectLoader.loadObjectsFromDir(new File(folder.toString())));
            }
            return new Parsed(new LwM2mModelRepository(models),
                    models.stream().map(m -> m.id).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    /** The model of a client that registered {@code links}: the versions it names, the newest for the rest. */
    LwM2mModel forLinks(List<Link> links) {
        Map<Integer, ObjectModel> chosen = new LinkedHashMap<>();
        LwM2mModelRepository repository = parsed().repository();
        // the repository's own LwM2mModel cannot list its objects: pick the newest of each id here
        for (Integer id : parsed().objectIds()) {
            chosen.put(id, repository.getObjectModel(id));
        }
        for (Link link : links) {
            Attribute version = link.getAttributes().get("ver");
            Integer objectId = objectId(link.getUriReference());
            if (version != null && version.getValue() != null && objectId != null) {
                ObjectModel named = repository.getObjectModel(objectId, version.getValue().toString());
                if (named != null) {
                    chosen.put(objectId, named);
                }
            }
        }
        return new StaticModel(chosen.values());
    }

    private static Integer objectId(String uri) {
        try {
            LwM2mPath path = new LwM2mPath(uri);
            return path.isRoot() ? null : path.getObjectId();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
