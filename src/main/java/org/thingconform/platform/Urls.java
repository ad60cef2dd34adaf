package org.thingconform.platform;

import java.net.URI;
import org.thingconform.profile.Fields;

/** Reads the http(s) URLs of a descriptor: any host, the scheme says whether TLS is used. */
final class Urls {

    private Urls() {
    }

    /** The http or https URL under {@code key}, without a trailing slash. */
    static String httpUrl(Fields f, String key, String example) {
        String url = f.requiredText(key, "an http(s) URL such as " + example);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw f.error(key, "'" + url + "' is not a URL", "an http(s) URL such as " + example);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw f.error(key, "'" + url + "' is not an http(s) URL with a host", example);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Whether {@code url} is an https URL. */
    static boolean secure(String url) {
        return url.regionMatches(true, 0, "https:", 0, 6);
    }
}
