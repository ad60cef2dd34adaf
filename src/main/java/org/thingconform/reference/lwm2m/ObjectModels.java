package org.thingconform.reference.lwm2m;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final LwM2mModelRepository repository;

    private ObjectModels(List<ObjectModel> models) {
        this.repository = new LwM2mModelRepository(models);
    }

    /** Leshan's default models, plus those in {@code folder} when it exists (it may be null). */
    public static ObjectModels load(Path folder) {
        List<ObjectModel> models = new ArrayList<>(ObjectLoader.loadAllDefault());
        if (folder != null && Files.isDirectory(folder)) {
            models.addAll(ObjectLoader.loadObjectsFromDir(new File(folder.toString())));
        }
        return new ObjectModels(models);
    }

    /** The newest version of every object, for an object link naming no {@code ver}. */
    LwM2mModel latest() {
        return repository.getLwM2mModel();
    }

    /** The model of a client that registered {@code links}: the versions it names, the newest for the rest. */
    LwM2mModel forLinks(List<Link> links) {
        Map<Integer, ObjectModel> chosen = new LinkedHashMap<>();
        for (ObjectModel model : repository.getLwM2mModel().getObjectModels()) {
            chosen.put(model.id, model);
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
