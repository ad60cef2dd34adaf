package org.thingconform.mutation;

import java.nio.file.Path;
import java.util.List;

/** The mutation of the shipped W3C WoT Thing Description 1.1 profile against the reference lamp Thing. */
class WotMutationTest extends ShippedMutationCheck {

    @Override
    List<Path> profileFiles() {
        return List.of(Path.of("test-profiles/wot-td/profile.yaml"));
    }
}
