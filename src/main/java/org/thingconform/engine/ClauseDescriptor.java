package org.thingconform.engine;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;

/**
 * A clause in the JUnit test tree: one test (or, for a generated clause, a container of
 * its generated cases), tagged with its level ({@code must},
 * {@code should}, {@code may}) and the profile's tags, sourced at its YAML line so an
 * IDE can jump to it and rerun it alone.
 */
public final class ClauseDescriptor extends AbstractTestDescriptor {

    public static final String SEGMENT = "clause";

    private final Profile profile;
    private final Clause clause;

    ClauseDescriptor(UniqueId id, Profile profile, Clause clause) {
        super(id, clause.id() + " [" + clause.level() + "] " + clause.summary(),
                FileSource.from(profile.file().toFile(),
                        FilePosition.from(clause.location().line(), clause.location().column())));
        this.profile = profile;
        this.clause = clause;
    }

    public Profile profile() {
        return profile;
    }

    public Clause clause() {
        return clause;
    }

    /** A generated clause is a container of its cases; any other clause is one test. */
    @Override
    public Type getType() {
        return clause.generate() == null ? Type.TEST : Type.CONTAINER;
    }

    @Override
    public Set<TestTag> getTags() {
        Set<TestTag> tags = new LinkedHashSet<>();
        tags.add(TestTag.create(clause.level().name().toLowerCase(Locale.ROOT)));
        clause.tags().stream().filter(TestTag::isValid).map(TestTag::create).forEach(tags::add);
        return tags;
    }
}
