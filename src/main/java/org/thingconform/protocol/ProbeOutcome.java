package org.thingconform.protocol;

import java.util.Optional;

/**
 * What one probe of a platform endpoint found, before any clause runs: the endpoint answered
 * (anything at all counts: a CONNACK refusing the probe, a close, an HTTP error status, a TLS
 * alert, a CoAP reset), it stayed silent until the probe's bound, or it could not be reached
 * (refused, unknown host, no route). A probe never tells a verdict; it only spares every clause
 * of a silent endpoint its own wait.
 *
 * @param kind   what happened
 * @param detail in words: how it answered, or why it did not, naming the endpoint (never a secret)
 */
public record ProbeOutcome(Kind kind, String detail) {

    /** The ways a probe ends. */
    public enum Kind { ANSWERED, SILENT, UNREACHABLE }

    public static ProbeOutcome answered(String how) {
        return new ProbeOutcome(Kind.ANSWERED, how);
    }

    public static ProbeOutcome silent(String what) {
        return new ProbeOutcome(Kind.SILENT, what);
    }

    public static ProbeOutcome unreachable(String why) {
        return new ProbeOutcome(Kind.UNREACHABLE, why);
    }

    public boolean answeredAtAll() {
        return kind == Kind.ANSWERED;
    }

    /** Why the endpoint cannot be asked anything: its silence or its unreachability; empty when it answered. */
    public Optional<String> problem() {
        return answeredAtAll() ? Optional.empty() : Optional.of(detail);
    }
}
