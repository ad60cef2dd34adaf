package org.thingconform.protocol.lwm2m;

import java.util.List;
import java.util.Optional;
import org.eclipse.leshan.core.node.LwM2mPath;

/** Reads a CoAP Uri-Path as an LwM2M path; a path that is not one (text, too deep) is simply absent. */
final class Lwm2mPaths {

    private Lwm2mPaths() {
    }

    static Optional<LwM2mPath> of(List<String> segments) {
        if (segments.isEmpty()) {
            return Optional.of(LwM2mPath.ROOTPATH);
        }
        if (segments.size() > 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LwM2mPath("/" + String.join("/", segments)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The Uri-Path with a leading slash, {@code /} for none. */
    static String text(List<String> segments) {
        return "/" + String.join("/", segments);
    }
}
