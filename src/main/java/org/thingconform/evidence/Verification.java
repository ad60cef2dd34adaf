package org.thingconform.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The outcome of verifying evidence.
 *
 * @param problems one line per changed, missing or added file and per signature problem, each
 *                 starting with the file's path; empty when everything checks out
 * @param files    how many files {@code SHA256SUMS} lists
 * @param signer   the signer's subject, or null when unsigned
 * @param run      {@code run.json}, or an empty node when absent or unreadable
 * @param summary  the verdict summary of {@code reports/clause-matrix.json}, or an empty node
 */
public record Verification(List<String> problems, int files, String signer, JsonNode run, JsonNode summary) {

    public Verification {
        problems = List.copyOf(problems);
    }

    public boolean verified() {
        return problems.isEmpty();
    }
}
