package org.thingconform.engine.step;

import java.util.List;
import org.thingconform.protocol.ReceivedMessage;
import org.thingconform.protocol.TraceMasking;

/**
 * Says what arrived instead of what a step awaited, so a reason names the near miss (the same
 * message with another QoS, a reply with another id, a request on a neighbouring topic) rather
 * than "none arrived". Bounded: at most {@value #MAX_CANDIDATES} candidates, each payload cut to
 * {@value #MAX_TEXT} characters, secret JSON members masked as in the traces.
 */
public final class NearMisses {

    static final int MAX_CANDIDATES = 3;
    static final int MAX_TEXT = 120;

    private NearMisses() {
    }

    /** The first {@value #MAX_CANDIDATES} descriptions joined by "; ", with how many more there were. */
    public static String list(List<String> candidates) {
        String shown = String.join("; ", candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size())));
        int more = candidates.size() - MAX_CANDIDATES;
        return more > 0 ? shown + "; and " + more + " more" : shown;
    }

    /** A payload as a reason quotes it: secrets masked, cut to {@value #MAX_TEXT} characters, in single quotes. */
    public static String quote(String payload) {
        String masked = TraceMasking.payload(payload == null ? "" : payload);
        return "'" + (masked.length() > MAX_TEXT ? masked.substring(0, MAX_TEXT) + "…" : masked) + "'";
    }

    /**
     * The reason's tail for messages a device received and no step took: empty when there are none,
     * else "; the device received instead: '…' on topic; …".
     */
    static String receivedInstead(List<ReceivedMessage> unclaimed) {
        if (unclaimed.isEmpty()) {
            return "";
        }
        return "; the device received instead: " + list(unclaimed.stream()
                .map(m -> quote(m.payload()) + " on " + m.topic()).toList());
    }
}
