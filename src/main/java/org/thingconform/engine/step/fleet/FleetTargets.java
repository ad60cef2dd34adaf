package org.thingconform.engine.step.fleet;

import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.thingconform.platform.Endpoint;
import org.thingconform.protocol.mqtt.fleet.FleetTarget;
import org.thingconform.protocol.tls.TlsContexts;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.protocol.tls.TlsSettings;

/**
 * Where a fleet connects, from the descriptor's MQTT endpoint: plain TCP, or TLS with the endpoint's settings
 * (trust, protocols, host check) when it is secured. One place, so a broker fleet and a device fleet reach the
 * platform the same way.
 */
final class FleetTargets {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(60);

    private FleetTargets() {
    }

    static FleetTarget of(Endpoint mqtt) {
        if (!mqtt.secure()) {
            return new FleetTarget(mqtt.host(), mqtt.port(), KEEP_ALIVE);
        }
        TlsSettings settings = mqtt.tls();
        SSLContext context = TlsContexts.client(settings, new TlsObservation());
        return new FleetTarget(mqtt.host(), mqtt.port(), KEEP_ALIVE, new FleetTarget.Tls(context,
                TlsContexts.parameters(context, settings, mqtt.host())));
    }
}
