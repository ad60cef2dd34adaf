package org.thingconform.evidence;

/**
 * One input file of the run (profile, thing model, any file a profile reads) as the evidence
 * holds it.
 *
 * @param path          where the run read it
 * @param file          its copy, relative to {@code evidence/}
 * @param sha256AtStart its SHA-256 when the run started, as the journal recorded it
 * @param sha256        the SHA-256 of the copy; differs from {@code sha256AtStart} only when
 *                      the file changed during the run
 */
public record EvidenceInput(String path, String file, String sha256AtStart, String sha256) {
}
