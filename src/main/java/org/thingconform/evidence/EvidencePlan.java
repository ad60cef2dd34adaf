package org.thingconform.evidence;

import java.nio.file.Path;

/**
 * What a run does with its evidence besides writing {@code evidence/}: pack it into a zip,
 * sign it. The key is loaded before the run starts, so a bad key stops nothing half-way.
 *
 * @param bundle the zip to write, or null for none
 * @param key    the key to sign with, or null for none
 */
public record EvidencePlan(Path bundle, SigningKey key) {

    /** Write {@code evidence/}, nothing more. */
    public static final EvidencePlan NONE = new EvidencePlan(null, null);
}
