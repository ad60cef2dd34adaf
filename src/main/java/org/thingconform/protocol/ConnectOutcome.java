package org.thingconform.protocol;

/**
 * How a CONNECT ended, told apart the way a conformance check needs it: accepted, refused
 * with a CONNACK return code, closed without CONNACK, not answered, or not reachable.
 *
 * @param kind       what happened
 * @param returnCode the CONNACK return code, or -1 when there was no CONNACK
 * @param detail     what happened in words, for the verdict reason
 */
public record ConnectOutcome(Kind kind, int returnCode, String detail) {

    /** The ways a CONNECT can end. */
    public enum Kind { ACCEPTED, REFUSED, CLOSED_WITHOUT_CONNACK, NO_ANSWER, UNREACHABLE }

    public boolean accepted() {
        return kind == Kind.ACCEPTED;
    }
}
