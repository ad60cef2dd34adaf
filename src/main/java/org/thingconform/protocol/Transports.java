package org.thingconform.protocol;

import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Binding;
import org.thingconform.protocol.coap.CaliforniumTransport;
import org.thingconform.protocol.http.HttpDeviceTransport;
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
     * A new, not yet connected transport for {@code binding} to {@code platform}, for the device
     * {@code identity}: its certificate is presented in TLS and DTLS handshakes, its pre-shared key
     * in DTLS ones.
     *
     * @throws IllegalArgumentException when the binding's protocol has no adapter or the platform no endpoint for it
     */
    public static DeviceTransport open(Binding binding, PlatformDescriptor platform, DeviceIdentity identity,
                                       MessageTrace trace) {
        DeviceTransport transport = switch (binding.protocol()) {
            case "mqtt" -> new PahoV3Session(require(platform.mqtt(), "mqtt: {host, port}", binding), trace);
            case "mqtt5" -> new PahoV5Session(require(platform.mqtt(), "mqtt: {host, port}", binding), trace);
            case "coap" -> new CaliforniumTransport(withPsk(require(platform.coap(), "coap: {host, port}", binding),
                    identity), binding.transport(), trace);
            case "http" -> new HttpDeviceTransport(require(platform.http(), "http: {baseUrl}", binding),
                    platform.http().startsWith("https:") ? platform.tls() : null, binding.transport(), trace);
            default -> throw new IllegalArgumentException("no transport for protocol '" + binding.protocol()
                    + "' of binding '" + binding.id() + "'");
        };
        if (identity.certificate() != null) {
            transport.presentCertificate(identity.certificate());
        }
        return transport;
    }

    /** A DTLS endpoint carrying the device's pre-shared key, when it has one; the endpoint as it is otherwise. */
    private static Endpoint withPsk(Endpoint endpoint, DeviceIdentity identity) {
        return endpoint.secure() && identity.psk() != null
                ? new Endpoint(endpoint.host(), endpoint.port(), endpoint.tls().withPsk(identity.psk())) : endpoint;
    }

    private static <T> T require(T endpoint, String descriptorKey, Binding binding) {
        if (endpoint == null) {
            throw new IllegalArgumentException("binding '" + binding.id() + "' needs the platform's "
                    + binding.protocol() + " endpoint, but the platform descriptor declares none; expected "
                    + descriptorKey + " in the descriptor");
        }
        return endpoint;
    }
}
