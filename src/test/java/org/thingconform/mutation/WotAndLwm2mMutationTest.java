package org.thingconform.mutation;

import java.nio.file.Path;
import java.util.List;

/**
 * The mutation of the shipped W3C WoT Thing Description 1.1 profile against the reference lamp Thing and
 * of the OMA LwM2M 1.1 server profile against the reference's LwM2M server: two small profiles with no
 * device role, mutated in one run so that they share the workers' platforms.
 */
class WotAndLwm2mMutationTest extends ShippedMutationCheck {

    @Override
    List<Path> profileFiles() {
        return List.of(Path.of("test-profiles/wot-td/profile.yaml"), Path.of("test-profiles/lwm2m/profile.yaml"));
    }
}
