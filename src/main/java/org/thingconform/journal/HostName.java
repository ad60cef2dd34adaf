package org.thingconform.journal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of the host a run starts on, for its journal: where each shard of a sharded run ran is part of
 * the merged run's record. The {@code HOSTNAME} variable (a Kubernetes pod's name, a CI runner's) when set,
 * else what the JDK resolves for the local host, else {@code unknown}.
 */
final class HostName {

    private HostName() {
    }

    static String get() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException | SecurityException e) {
            return "unknown";
        }
    }
}
