package org.thingconform.platform;

import java.util.Map;

/**
 * Where a platform serves the W3C WoT Thing Descriptions of its Things: the descriptor's
 * {@code wot: {things: {role: tdUrl}}}. A profile names a Thing by its role, so one profile
 * runs against any servient whose descriptor maps that role onto one of its Things.
 *
 * @param things thing role → URL of the Thing Description (HTTP GET answers the TD as JSON)
 */
public record WotThings(Map<String, String> things) {

    public WotThings {
        things = Map.copyOf(things);
    }
}
