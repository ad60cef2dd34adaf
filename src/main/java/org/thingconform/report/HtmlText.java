package org.thingconform.report;

import java.util.Locale;

/** Escaping of text and attribute values for the static HTML pages the reports write. */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} safe inside an element or a double-quoted attribute; null becomes "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** True for http and https URLs, the only links the page renders (no javascript: or data:). */
    public static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
