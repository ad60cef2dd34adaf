package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.NorthboundResponse;

/** What the peer steps share: devices found by discovery, the id a device is addressed by, refusal checks. */
final class Peers {

    /** Saved-value names of discovered devices; not a valid saveAs name, so they cannot collide. */
    private static final String DISCOVERED = "#peer-discovered:";

    private Peers() {
    }

    /** A device as the peer's listing showed it. */
    record Listed(String deviceId, String productKey, String deviceName, String thingModel, int page) {

        static Listed of(Map<String, JsonNode> fields, int page) {
            return new Listed(text(fields.get("deviceId")), text(fields.get("productKey")), text(fields.get("deviceName")),
                    text(fields.get("thingModel")), page);
        }

        private static String text(JsonNode node) {
            return node == null || !node.isValueNode() || node.asText().isBlank() ? null : node.asText();
        }

        /** Whether this listed device is the one of {@code identity}: by its peer id, else by product key and name. */
        boolean is(DeviceIdentity identity) {
            if (identity.peerId() != null && identity.peerId().equals(deviceId)) {
                return true;
            }
            return identity.productKey().equals(productKey) && identity.deviceName().equals(deviceName);
        }
    }

    /** An id the platform named a device by towards the peer, and where. */
    record SeenId(String where, String id) {
    }

    private static final String SEEN = "#peer-seen-ids:";

    /** Records that {@code where} named the device of {@code role} {@code id} (nothing when id is null). */
    @SuppressWarnings("unchecked")
    static void seen(ClauseContext context, String role, String where, JsonNode id) {
        if (id == null || !id.isValueNode() || id.asText().isBlank()) {
            return;
        }
        List<SeenId> ids;
        try {
            ids = context.saved(SEEN + role, List.class);
        } catch (StepFailure none) {
            ids = new java.util.ArrayList<>();
            context.save(SEEN + role, ids);
        }
        ids.add(new SeenId(where, id.asText()));
    }

    /** The ids data answers and pushes of the clause named the device of {@code role} by, in order. */
    @SuppressWarnings("unchecked")
    static List<SeenId> seenIds(ClauseContext context, String role) {
        try {
            return List.copyOf(context.saved(SEEN + role, List.class));
        } catch (StepFailure none) {
            return List.of();
        }
    }

    static void remember(ClauseContext context, String role, Listed listed) {
        context.save(DISCOVERED + role, listed);
    }

    /** The device of {@code role} as an earlier peerListDevices of the clause found it; null when none did. */
    static Listed discovered(ClauseContext context, String role) {
        try {
            return context.saved(DISCOVERED + role, Listed.class);
        } catch (StepFailure notSaved) {
            return null;
        }
    }

    /**
     * The id the peer addresses the device of {@code role} by: the one discovery listed it under,
     * or, for a device the peer cannot discover, the descriptor's {@code peerId}.
     */
    static String deviceId(ClauseContext context, String role) {
        Listed listed = discovered(context, role);
        if (listed != null) {
            return listed.deviceId();
        }
        return context.identity(role).peer().orElseThrow(() -> StepFailure.inconclusive("device role '" + role
                + "' was not found by an earlier peerListDevices of the clause and the platform descriptor gives it "
                + "no peerId, so the suite does not know which id to address it by"));
    }

    /** Path variables of a peer call about the device of {@code role}. */
    static Map<String, String> variables(ClauseContext context, String role, String identifier) {
        Map<String, String> variables = new HashMap<>();
        variables.put("deviceId", deviceId(context, role));
        DeviceIdentity identity = context.identity(role);
        variables.put("productKey", identity.productKey());
        variables.put("deviceName", identity.deviceName());
        if (identifier != null) {
            variables.put("identifier", identifier);
        }
        return variables;
    }

    /** Checks an answer that must be a refusal with one of {@code statuses}; {@code what} names the call. */
    static void requireRefusal(NorthboundResponse response, List<Integer> statuses, String what) {
        if (!statuses.contains(response.status())) {
            throw StepFailure.fail("expected " + what + " to be refused with HTTP " + statuses(statuses) + "; observed HTTP "
                    + response.status() + " " + Devices.quote(response.body()));
        }
    }

    /** Checks an answer that must be a success; {@code what} names the call. */
    static void requireSuccess(NorthboundResponse response, String what) {
        if (!response.success()) {
            throw StepFailure.fail("expected " + what + " to be accepted; observed HTTP " + response.status() + " "
                    + Devices.quote(response.body()));
        }
    }

    static String statuses(List<Integer> statuses) {
        return statuses.size() == 1 ? String.valueOf(statuses.get(0))
                : String.join(" or ", statuses.stream().map(String::valueOf).toList());
    }
}
