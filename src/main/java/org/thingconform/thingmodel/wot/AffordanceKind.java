package org.thingconform.thingmodel.wot;

import java.util.List;

/**
 * The three kinds of interaction affordance of a TD, each with the member that holds them,
 * the operation types its forms may name, and the ones a form without {@code op} means (TD 1.1 §5.4,
 * assertions {@code td-op-for-property}, {@code td-default-op-properties}, …).
 */
public enum AffordanceKind {
    PROPERTY("properties", List.of("readproperty", "writeproperty", "observeproperty", "unobserveproperty")),
    ACTION("actions", List.of("invokeaction", "queryaction", "cancelaction")),
    EVENT("events", List.of("subscribeevent", "unsubscribeevent"));

    private final String member;
    private final List<String> ops;

    AffordanceKind(String member, List<String> ops) {
        this.member = member;
        this.ops = ops;
    }

    /** The TD member holding affordances of this kind, e.g. {@code properties}. */
    public String member() {
        return member;
    }

    /** The operation types a form of this kind may name. */
    public List<String> ops() {
        return ops;
    }

    /** The kind whose forms may name {@code op}, or null for a thing-level or unknown operation. */
    public static AffordanceKind ofOp(String op) {
        for (AffordanceKind kind : values()) {
            if (kind.ops.contains(op)) {
                return kind;
            }
        }
        return null;
    }
}
