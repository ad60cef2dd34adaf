package org.thingconform.thingmodel.wot;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a client sends an operation of a form: the form's href resolved against the TD's
 * {@code base} (or the TD's own URL), and, when it advertises a host other than the one the
 * platform descriptor names (node-wot's CoAP forms say 192.0.2.2), rebased onto that host with
 * its scheme, port and path kept. The advertised address stays known, for the trace.
 *
 * @param uri        the address to use
 * @param advertised the address the TD advertises
 */
public record FormTarget(URI uri, URI advertised) {

    /** Whether the address was rebased onto the descriptor's host. */
    public boolean rebased() {
        return !uri.equals(advertised);
    }

    /**
     * The target of {@code href} in a TD fetched from {@code tdUrl} whose {@code base} is
     * {@code base} (null when absent).
     *
     * @throws IllegalArgumentException when href or base is not a URI
     */
    public static FormTarget of(String href, String base, URI tdUrl) {
        URI resolved = (base == null ? tdUrl : tdUrl.resolve(URI.create(base))).resolve(URI.create(href));
        if (resolved.getHost() == null || resolved.getHost().equalsIgnoreCase(tdUrl.getHost())) {
            return new FormTarget(resolved, resolved);
        }
        try {
            URI rebased = new URI(resolved.getScheme(), resolved.getUserInfo(), tdUrl.getHost(), resolved.getPort(),
                    resolved.getPath(), resolved.getQuery(), resolved.getFragment());
            return new FormTarget(rebased, resolved);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot rebase " + resolved + " onto " + tdUrl.getHost(), e);
        }
    }
}
