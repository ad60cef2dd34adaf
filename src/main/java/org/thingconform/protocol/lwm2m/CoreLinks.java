package org.thingconform.protocol.lwm2m;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.link.LinkParseException;
import org.eclipse.leshan.core.link.attributes.Attribute;
import org.eclipse.leshan.core.link.lwm2m.DefaultLwM2mLinkParser;

/**
 * Reads CoRE link format text ({@code </3303/0>;pmin=10,</3303/0/5700>}) as a server's API may report a
 * Discover result: each link's target and its attributes, so engine steps compare them without parsing
 * link format themselves.
 */
public final class CoreLinks {

    private CoreLinks() {
    }

    /**
     * The links of {@code text} in order: target → (attribute name → value as written, empty for a
     * valueless attribute).
     *
     * @throws IllegalArgumentException when {@code text} is not CoRE link format
     */
    public static Map<String, Map<String, String>> parse(String text) {
        Link[] links;
        try {
            links = new DefaultLwM2mLinkParser().parseCoreLinkFormat(text.getBytes(StandardCharsets.UTF_8));
        } catch (LinkParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not CoRE link format: " + e.getMessage(), e);
        }
        Map<String, Map<String, String>> parsed = new LinkedHashMap<>();
        for (Link link : links) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Attribute attribute : link.getAttributes()) {
                attributes.put(attribute.getName(), attribute.hasValue() ? attribute.getCoreLinkValue() : "");
            }
            parsed.put(link.getUriReference(), Collections.unmodifiableMap(attributes));
        }
        return Collections.unmodifiableMap(parsed);
    }
}
