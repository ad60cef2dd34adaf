package org.thingconform.result;

/**
 * The standard (or draft) a profile checks: its id, title, edition and publication status.
 *
 * @param ownerCertificate the PEM certificate of the standard's owner, as the profile names it
 *                         (relative to the profile file), or null: a certification run accepts a
 *                         waiver of a MUST clause only in a waivers file this owner signed
 * @param statements       the list of the standard's normative statements, as the profile names it (relative to the
 *                         profile file), or null: what {@code thingconform coverage} measures the clauses against
 */
public record StandardInfo(String id, String title, String edition, String status, String url, String ownerCertificate,
                           String statements) {

    /** A standard without a named owner certificate. */
    public StandardInfo(String id, String title, String edition, String status, String url) {
        this(id, title, edition, status, url, null);
    }

    /** A standard without a list of its statements. */
    public StandardInfo(String id, String title, String edition, String status, String url, String ownerCertificate) {
        this(id, title, edition, status, url, ownerCertificate, null);
    }
}
