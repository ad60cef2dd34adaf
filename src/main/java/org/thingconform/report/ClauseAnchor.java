package org.thingconform.report;

import java.nio.charset.StandardCharsets;

/**
 * The id of a clause's row in {@code clause-matrix.html}, so other pages (the implementation
 * matrix) can link straight to the row that holds a verdict's evidence.
 */
public final class ClauseAnchor {

    private ClauseAnchor() {
    }

    /** The row's {@code id} attribute value: {@code clause-PROFILE-CLAUSE}, whitespace as '_'. */
    public static String id(String profile, String clauseId) {
        return ("clause-" + (profile == null ? "" : profile + "-") + clauseId).replaceAll("\\s", "_");
    }

    /** {@code #id} for a link, every character outside {@code A-Z a-z 0-9 - . _ ~} percent-encoded. */
    public static String fragment(String profile, String clauseId) {
        StringBuilder out = new StringBuilder("#");
        for (byte b : id(profile, clauseId).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
