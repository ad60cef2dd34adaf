package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.PeerListDevicesStep;

/**
 * Lists the devices shared with the peer, page by page, and checks what was listed: each page within the page size, no device twice,
 * each with a device id, product key and thing-model reference, the expected roles listed
 * (under the descriptor's peer id, when it gives one) and the unshared ones not.
 *
 * <p>How the listing pages is the descriptor's data, not code: when {@code listDevices}
 * extracts {@code nextCursor}, the listing follows the cursor until a page has none (cursor
 * paging); otherwise every page is asked for with {@code {offset}} (devices listed so far) and
 * {@code {page}} (1, 2, …) and the listing ends on a page shorter than the page size, or once
 * the extracted {@code total} devices are listed (offset or page-number paging).
 */
final class PeerListDevicesExecutor implements StepExecutor<PeerListDevicesStep> {

    /** More pages than any test listing needs: a cursor that never ends is a failure, not a hang. */
    static final int MAX_PAGES = 100;

    @Override
    public void execute(PeerListDevicesStep step, ClauseContext context) {
        List<Peers.Listed> listed = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        boolean cursorPaging = context.interconnection().extracts("listDevices", "nextCursor");
        boolean more;
        int pages = 0;
        do {
            pages++;
            if (pages > MAX_PAGES) {
                throw StepFailure.fail("expected the listing to end within " + MAX_PAGES + " pages; observed a cursor on "
                        + "every page");
            }
            Map<String, String> variables = new HashMap<>();
            variables.put("pageSize", String.valueOf(step.pageSize()));
            variables.put("offset", String.valueOf(listed.size()));
            variables.put("page", String.valueOf(pages));
            if (cursor != null) {
                variables.put("cursor", cursor);
            }
            NorthboundResponse response = context.interconnection().call("listDevices", variables, null);
            Peers.requireSuccess(response, "listDevices (page " + pages + ")");
            JsonNode devices = response.get("devices");
            if (devices == null || !devices.isArray()) {
                throw StepFailure.fail("expected a list of devices on page " + pages + " of the listing; observed "
                        + Devices.quote(response.body()));
            }
            if (devices.size() > step.pageSize()) {
                throw StepFailure.fail("expected at most " + step.pageSize() + " devices per page (the page size asked "
                        + "for); observed " + devices.size() + " on page " + pages);
            }
            for (Map<String, JsonNode> fields : response.items("devices")) {
                Peers.Listed device = Peers.Listed.of(fields, pages);
                checkReferences(device, listed.size() + 1);
                if (listed.stream().anyMatch(d -> d.deviceId().equals(device.deviceId()))) {
                    throw StepFailure.fail("expected every device to be listed once; observed " + device.deviceId()
                            + " again on page " + pages + " (pages overlap)");
                }
                listed.add(device);
            }
            if (cursorPaging) {
                JsonNode next = response.get("nextCursor");
                cursor = next == null || !next.isValueNode() || next.asText().isBlank() ? null : next.asText();
                if (cursor != null && !cursors.add(cursor)) {
                    throw StepFailure.fail("expected each page to give a new cursor; observed cursor '" + cursor
                            + "' again on page " + pages);
                }
                more = cursor != null;
            } else {
                JsonNode total = response.get("total");
                more = devices.size() == step.pageSize()
                        && (total == null || !total.canConvertToLong() || listed.size() < total.asLong());
            }
        } while (more);

        String seen = listed.size() + " device(s) over " + pages + " page(s) of " + step.pageSize() + ": "
                + listed.stream().map(Peers.Listed::deviceId).toList();
        for (String role : step.listed()) {
            DeviceIdentity identity = context.identity(role);
            Peers.Listed found = listed.stream().filter(d -> d.is(identity)).findFirst().orElseThrow(() ->
                    StepFailure.fail("expected device role '" + role + "' (" + identity.productKey() + "/"
                            + identity.deviceName() + "), shared with the peer, to be listed; observed " + seen));
            if (identity.peerId() != null && !identity.peerId().equals(found.deviceId())) {
                throw StepFailure.fail("expected device role '" + role + "' to be listed under the id "
                        + identity.peerId() + " the platform descriptor gives it; observed id " + found.deviceId());
            }
            if (!identity.productKey().equals(found.productKey())) {
                throw StepFailure.fail("expected device " + found.deviceId() + " to be listed with product "
                        + identity.productKey() + "; observed " + found.productKey());
            }
            Peers.remember(context, role, found);
        }
        for (String role : step.notListed()) {
            DeviceIdentity identity = context.identity(role);
            for (Peers.Listed d : listed) {
                if (d.is(identity)) {
                    throw StepFailure.fail("expected device role '" + role + "' (" + identity.productKey() + "/"
                            + identity.deviceName() + "), not shared with the peer, not to be listed; observed it as "
                            + d.deviceId() + " on page " + d.page() + " of " + pages);
                }
            }
        }
    }

    private static void checkReferences(Peers.Listed device, int number) {
        if (device.deviceId() == null) {
            throw StepFailure.fail("expected listed device #" + number + " to carry a device id; observed none");
        }
        if (device.productKey() == null) {
            throw StepFailure.fail("expected listed device " + device.deviceId() + " to carry its product key; observed "
                    + "none");
        }
        if (device.thingModel() == null) {
            throw StepFailure.fail("expected listed device " + device.deviceId() + " to carry a thing-model reference; "
                    + "observed none");
        }
    }
}
