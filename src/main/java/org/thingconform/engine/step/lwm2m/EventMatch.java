package org.thingconform.engine.step.lwm2m;

import java.util.function.Predicate;
import org.thingconform.platform.Lwm2mServerEvent;

/**
 * Which server events a step looks for: of one kind, on a path when given, with a value when given (the
 * value compared as {@link ReportedValues} compares a reported value with the client's).
 */
record EventMatch(String kind, String path, Object value) implements Predicate<Lwm2mServerEvent> {

    @Override
    public boolean test(Lwm2mServerEvent event) {
        return kind.equals(event.kind()) && (path == null || path.equals(event.path()))
                && (value == null || ReportedValues.same(value, event.value()));
    }

    /** How a reason names the events looked for, e.g. {@code a notification of /3/0/9 with 50}. */
    String describe() {
        return "a" + (kind.matches("[aeiou].*") ? "n " : " ") + kind + (path == null ? "" : " of " + path)
                + (value == null ? "" : " with " + value);
    }
}
