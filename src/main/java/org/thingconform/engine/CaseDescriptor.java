package org.thingconform.engine;

import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * A generated case in the JUnit test tree, a child of its clause: unique id
 * {@code …/[clause:TM-6.1.1]/[case:voltage/invalid.above-max]}, so an IDE or a
 * unique-id selector can rerun one case.
 */
public final class CaseDescriptor extends AbstractTestDescriptor {

    public static final String SEGMENT = "case";

    private final GeneratedCase generatedCase;
    private final Set<TestTag> tags;

    CaseDescriptor(UniqueId id, GeneratedCase generatedCase, Set<TestTag> tags, ClauseDescriptor clause) {
        super(id, generatedCase.id(), clause.getSource().orElse(null));
        this.generatedCase = generatedCase;
        this.tags = Set.copyOf(tags);
    }

    public GeneratedCase generatedCase() {
        return generatedCase;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }
}
