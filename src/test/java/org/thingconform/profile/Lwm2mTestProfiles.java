package org.thingconform.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A small LwM2M profile for the parsing tests, written into a test's folder with the Device object model beside
 * it: one clause {@code C-1} whose steps (or generate section) a test supplies. Errors are located in
 * {@code p.profile.yaml}; its steps start on line 10.
 */
final class Lwm2mTestProfiles {

    /** The profile up to its one clause's key that the test completes ({@code steps:} or {@code generate:}). */
    static final String HEAD = """
            profile: lwm2m-test
            standard: {id: OMA-LWM2M, edition: "1.1.1", status: published}
            thingModels:
              device: {format: lwm2m-ddf, file: 3-1_1.xml}
            clauses:
              - id: C-1
                level: MUST
                summary: s
            """;

    private Lwm2mTestProfiles() {
    }

    /** The profile whose clause has {@code steps} (lines of steps, each indented as a list item under steps). */
    static Profile withSteps(Path dir, String steps) throws IOException {
        return load(dir, HEAD + "    steps:\n" + steps);
    }

    /** The profile {@code text}, with the Device object model beside it. */
    static Profile load(Path dir, String text) throws IOException {
        Files.copy(Path.of("test-profiles/lwm2m/models/3-1_1.xml"), dir.resolve("3-1_1.xml"),
                StandardCopyOption.REPLACE_EXISTING);
        return ProfileLoader.load(Files.writeString(dir.resolve("p.profile.yaml"), text));
    }
}
