package org.thingconform.mutation;

import java.nio.file.Path;
import java.util.List;

/** The mutation of the shipped platform-interconnection profile. */
class InterconnectionMutationTest extends ShippedMutationCheck {

    @Override
    List<Path> profileFiles() {
        return List.of(Path.of("test-profiles/platform-interconnection/profile.yaml"));
    }
}
