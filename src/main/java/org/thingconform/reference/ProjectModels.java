package org.thingconform.reference;

import java.nio.file.Path;
import org.thingconform.reference.lwm2m.Lwm2mServerPart;

/**
 * Where the reference finds the LwM2M object models the shipped profile uses: under the project
 * folder ({@code thingconform.project.dir}, as the command line sets it), else the working directory.
 */
final class ProjectModels {

    private ProjectModels() {
    }

    static Path folder() {
        String project = System.getProperty("thingconform.project.dir");
        return project == null ? Lwm2mServerPart.PROJECT_MODELS : Path.of(project).resolve(Lwm2mServerPart.PROJECT_MODELS);
    }
}
