package org.thingconform.engine.step.lwm2m;

import java.time.Instant;
import java.util.Arrays;

/**
 * A value different from the one a resource holds, of the same type: what a step sets when it needs the
 * client to notify but the profile names no value (a passive cancel's "next change"). Numbers move by
 * one step toward zero (so a bounded resource such as a battery level stays in range), floats by a half,
 * booleans flip, texts and bytes grow, times move one second.
 */
final class ChangedValues {

    private ChangedValues() {
    }

    static Object after(Object held) {
        if (held instanceof Double d) {
            return d + 0.5;
        }
        if (held instanceof Number n) {
            return n.longValue() > 0 ? n.longValue() - 1 : n.longValue() + 1;
        }
        if (held instanceof Boolean b) {
            return !b;
        }
        if (held instanceof Instant instant) {
            return instant.plusSeconds(1);
        }
        if (held instanceof byte[] bytes) {
            byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
            longer[bytes.length] = 1;
            return longer;
        }
        return held + "+";
    }
}
