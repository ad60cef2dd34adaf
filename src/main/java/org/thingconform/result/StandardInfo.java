package org.thingconform.result;

/**
 * The standard (or draft) a profile checks: its id, title, edition and publication status.
 *
 * @param ownerCertificate the PEM certificate of the standard's owner, as the profile names it
 *                         (relative to the profile file), or null: a certification run accepts a
 *                         waiver of a MUST clause only in a waivers file this owner signed
 */
public record StandardInfo(String id, String title, String edition, String status, String url, String ownerCertificate) {

    /** A standard without a named owner certificate. */
    public StandardInfo(String id, String title, String edition, String status, String url) {
        this(id, title, edition, status, url, null);
    }
}
