package org.thingconform.evidence;

import java.nio.file.Path;
import java.util.List;

/**
 * The evidence a run wrote.
 *
 * @param dir    the {@code evidence/} folder
 * @param files  how many files {@code SHA256SUMS} lists
 * @param signer the signer's subject, or null when unsigned
 * @param inputs the run's input files as the evidence holds them
 */
public record Evidence(Path dir, int files, String signer, List<EvidenceInput> inputs) {

    public Evidence {
        inputs = List.copyOf(inputs);
    }

    /** One line per input file that changed while the run went on; empty when none did. */
    public List<String> changedInputs() {
        return inputs.stream().filter(i -> !i.sha256().equals(i.sha256AtStart()))
                .map(i -> i.path() + ": warning: changed during the run; " + i.file() + " holds its bytes at the end "
                        + "(SHA-256 " + i.sha256() + ", was " + i.sha256AtStart() + " at the start)").toList();
    }
}
