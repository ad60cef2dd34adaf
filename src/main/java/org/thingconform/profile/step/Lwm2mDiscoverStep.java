package org.thingconform.profile.step;

import java.util.Map;
import java.util.TreeMap;
import org.thingconform.source.SourceLocation;

/**
 * Discover through the server: the step asks the server's API ({@code discover}) for the links of a path
 * of the client, and checks the GET with Accept 40 (link format) on the wire and that the API reports the
 * path's link with the attributes expected.
 *
 * @param path       the object, instance or resource discovered, e.g. {@code /3303/0}
 * @param attributes attribute name → value the path's link must carry, e.g. {@code pmin → 10}
 */
public record Lwm2mDiscoverStep(SourceLocation location, String client, String path, Map<String, String> attributes)
        implements Lwm2mManagementStep {

    public Lwm2mDiscoverStep {
        attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    @Override
    public String kind() {
        return "lwm2mDiscover";
    }
}
