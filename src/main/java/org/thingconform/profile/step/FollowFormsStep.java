package org.thingconform.profile.step;

import java.util.Set;
import org.thingconform.source.SourceLocation;

/**
 * For every affordance of the fetched TD of {@code thing} with a form for {@code op} (named or
 * implied by the TD's defaults), carries out {@code op} on that form with the method the TD
 * implies, and checks the answer.
 *
 * @param op       readproperty, writeproperty, invokeaction or subscribeevent
 * @param protocol the forms to follow: {@code http} (http and https hrefs) or {@code coap}
 * @param invalid whether to send a value the data schema refuses (write, invoke) instead of a valid one
 * @param checks  what to check beyond the status: {@code contentType} (the answer's content type is
 *                the form's), {@code dataSchema} (the value read, the action output or the event
 *                data fits its schema), {@code readBack} (a written value reads back)
 */
public record FollowFormsStep(SourceLocation location, String thing, String op, String protocol, boolean invalid,
                              Set<String> checks)
        implements Step {

    /** The checks a step may ask for. */
    public static final Set<String> CHECKS = Set.of("contentType", "dataSchema", "readBack");

    /** The operations the step can follow. */
    public static final Set<String> OPS = Set.of("readproperty", "writeproperty", "invokeaction", "subscribeevent");

    /** The protocols whose forms the step can follow. */
    public static final Set<String> PROTOCOLS = Set.of("http", "coap");

    public FollowFormsStep {
        checks = Set.copyOf(checks);
    }

    @Override
    public String kind() {
        return "followForms";
    }

    @Override
    public boolean usesDevice() {
        return false;
    }
}
