package org.thingconform.protocol.mqtt.fleet;

import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;

/** Names a fleet's network errors by kind, so the report counts them without a stack trace. */
final class FleetErrors {

    private FleetErrors() {
    }

    static String kind(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectTimeoutException) {
            return "connect timed out";
        }
        if (root instanceof ConnectException) {
            return "connection refused";
        }
        if (root instanceof UnknownHostException) {
            return "unknown host";
        }
        String message = root.getMessage() == null ? "" : root.getMessage();
        if (message.contains("Connection reset")) {
            return "connection reset";
        }
        if (message.contains("Too many open files")) {
            return "too many open files (raise ulimit -n)";
        }
        return root.getClass().getSimpleName();
    }
}
