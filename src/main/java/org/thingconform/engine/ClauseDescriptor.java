package org.thingconform.engine;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;

/**
 * A clause in the JUnit test tree: one test (or, for a generated clause, a container of
 * its generated cases), tagged with its level ({@code must},
 * {@code should}, {@code may}) and the profile's tags, sourced at its YAML line so an
 * IDE can jump to it and rerun it alone. When the profile runs its device clauses over
 * several bindings, the clause is a group whose children are the clause over each
 * binding ({@code …/[clause:TM-5.2.1]/[binding:alink-mqtt5]}).
 */
public final class ClauseDescriptor extends AbstractTestDescriptor {

    public static final String SEGMENT = "clause";
    public static final String BINDING_SEGMENT = "binding";

    private final Profile profile;
    private final Clause clause;
    private final Binding binding;

    /**
     * @param binding the binding the clause runs over; null for the group of a clause run over several
     */
    ClauseDescriptor(UniqueId id, Profile profile, Clause clause, Binding binding) {
        super(id, id.getLastSegment().getType().equals(BINDING_SEGMENT) ? binding.id()
                        : clause.id() + " [" + clause.level() + "] " + clause.summary(),
                FileSource.from(profile.file().toFile(),
                        FilePosition.from(clause.location().line(), clause.location().column())));
        this.profile = profile;
        this.clause = clause;
        this.binding = binding;
    }

    /** The binding the clause runs over, or null for a group of bindings. */
    public Binding binding() {
        return binding;
    }

    /** Whether this is the group of a clause run over several bindings (its children are the runs). */
    public boolean isGroup() {
        return binding == null && !profile.bindings().isEmpty(); // a profile without bindings has no groups
    }

    /** The binding id results carry: set when the profile has several bindings, else null. */
    String resultBinding() {
        return ClauseRunner.bindingLabel(profile, clause, binding);
    }

    public Profile profile() {
        return profile;
    }

    public Clause clause() {
        return clause;
    }

    /** A group or a generated clause is a container; any other clause is one test. */
    @Override
    public Type getType() {
        return isGroup() || clause.generate() != null ? Type.CONTAINER : Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        Set<TestTag> tags = new LinkedHashSet<>();
        tags.add(TestTag.create(clause.level().name().toLowerCase(Locale.ROOT)));
        clause.tags().stream().filter(TestTag::isValid).map(TestTag::create).forEach(tags::add);
        return tags;
    }
}
