package org.thingconform.result;

/** The standard (or draft) a profile checks: its id, title, edition and publication status. */
public record StandardInfo(String id, String title, String edition, String status, String url) {
}
