package org.thingconform.protocol;

import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Binding;
import org.thingconform.protocol.mqtt.PahoV3Session;
import org.thingconform.protocol.mqtt.PahoV5Session;
import org.thingconform.trace.MessageTrace;

/**
 * Opens the transport a binding's protocol needs, towards the platform's endpoint for
 * that protocol: the one place that maps a binding's {@code protocol} to its adapter.
 */
public final class Transports {

    private Transports() {
    }

    /**
     * A new, not yet connected transport for {@code binding} to {@code platform}.
     *
     * @throws IllegalArgumentException when the binding's protocol has no adapter
     */
    public static DeviceTransport open(Binding binding, PlatformDescriptor platform, MessageTrace trace) {
        return switch (binding.protocol()) {
            case "mqtt" -> new PahoV3Session(platform.mqtt(), trace);
            case "mqtt5" -> new PahoV5Session(platform.mqtt(), trace);
            default -> throw new IllegalArgumentException("no transport for protocol '" + binding.protocol()
                    + "' of binding '" + binding.id() + "'");
        };
    }
}
