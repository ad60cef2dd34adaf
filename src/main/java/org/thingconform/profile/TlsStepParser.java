package org.thingconform.profile;

import java.util.List;
import java.util.Set;
import org.thingconform.profile.step.Step;
import org.thingconform.profile.step.TlsHandshakeStep;

/**
 * Parses the TLS step {@code tlsHandshake}, which checks a TLS fact a standard states (the
 * versions and cipher suites an endpoint accepts or refuses). {@link StepParser} hands the step
 * kind here; every argument is checked, every problem a located error.
 */
final class TlsStepParser {

    static final Set<String> KEYS = Set.of("endpoint", "versions", "cipherSuites", "expect", "negotiated");
    private static final List<String> VERSIONS = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

    private TlsStepParser() {
    }

    static Step parse(Fields f) {
        String endpoint = f.requiredText("endpoint", "one of " + TlsHandshakeStep.ENDPOINTS);
        if (!TlsHandshakeStep.ENDPOINTS.contains(endpoint)) {
            throw f.error("endpoint", "unknown endpoint '" + endpoint + "'", "one of " + TlsHandshakeStep.ENDPOINTS);
        }
        List<String> versions = versions(f, "versions");
        String expect = f.optionalText("expect", "accepted");
        if (!expect.equals("accepted") && !expect.equals("refused")) {
            throw f.error("expect", "unknown handshake outcome '" + expect + "'", "accepted or refused");
        }
        List<String> negotiated = versions(f, "negotiated");
        if (expect.equals("refused") && !negotiated.isEmpty()) {
            throw f.error("negotiated", "'negotiated' with expect: refused", "negotiated only for an accepted handshake");
        }
        return new TlsHandshakeStep(f.location(), endpoint, versions, f.has("cipherSuites") ? f.textList("cipherSuites")
                : List.of(), expect.equals("accepted"), negotiated);
    }

    private static List<String> versions(Fields f, String key) {
        List<String> versions = f.has(key) ? f.textList(key) : List.of();
        for (int i = 0; i < versions.size(); i++) {
            if (!VERSIONS.contains(versions.get(i))) {
                throw f.document().error(f.child(key) + "/" + i, "unknown TLS version '" + versions.get(i) + "'",
                        "one of " + VERSIONS);
            }
        }
        return versions;
    }
}
