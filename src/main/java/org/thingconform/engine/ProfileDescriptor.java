package org.thingconform.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.thingconform.profile.Profile;

/** A profile in the JUnit test tree: a container of clause tests, sourced at its YAML file. */
public final class ProfileDescriptor extends AbstractTestDescriptor {

    public static final String SEGMENT = "profile";

    private final Profile profile;

    ProfileDescriptor(UniqueId id, Profile profile) {
        super(id, profile.id() + " — " + profile.standard().title() + " (" + profile.standard().edition() + ")",
                FileSource.from(profile.file().toFile()));
        this.profile = profile;
    }

    public Profile profile() {
        return profile;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
