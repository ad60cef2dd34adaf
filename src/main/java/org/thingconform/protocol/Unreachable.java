package org.thingconform.protocol;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Tells, from a failed connection attempt, that the platform could not be reached at all (its
 * host name does not resolve, nothing listens, no route), in words that name the endpoint: the
 * clause is then INCONCLUSIVE, never a FAIL of a platform that was not asked anything.
 */
public final class Unreachable {

    private Unreachable() {
    }

    /** Why {@code where} could not be reached, when a cause of {@code error} says so. */
    public static Optional<String> why(Throwable error, String where) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException) {
                return Optional.of(where + " is not reachable: the host name " + t.getMessage()
                        + " does not resolve; expected a host name the resolver of this machine knows");
            }
            if (t instanceof ConnectException) {
                return Optional.of(where + " is not reachable: the connection was refused (" + t.getMessage()
                        + "); expected a server listening there");
            }
            if (t instanceof NoRouteToHostException) {
                return Optional.of(where + " is not reachable: no route to the host (" + t.getMessage() + ")");
            }
            if (t instanceof SocketTimeoutException && String.valueOf(t.getMessage()).contains("connect")) {
                return Optional.of(where + " is not reachable: the connection timed out (" + t.getMessage() + ")");
            }
        }
        return Optional.empty();
    }

    /** An UNREACHABLE outcome for {@code error}, when it is one. */
    public static Optional<ConnectOutcome> outcome(Throwable error, String where) {
        return why(error, where).map(reason -> new ConnectOutcome(ConnectOutcome.Kind.UNREACHABLE, -1, reason));
    }
}
