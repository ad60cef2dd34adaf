package org.thingconform.evidence;

import java.nio.file.Path;

/**
 * The evidence a run wrote.
 *
 * @param dir    the {@code evidence/} folder
 * @param files  how many files {@code SHA256SUMS} lists
 * @param signer the signer's subject, or null when unsigned
 */
public record Evidence(Path dir, int files, String signer) {
}
