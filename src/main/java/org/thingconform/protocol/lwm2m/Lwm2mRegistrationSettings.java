package org.thingconform.protocol.lwm2m;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the client tells the server when it registers (LwM2M 1.1 TS §6.2.1): the Uri-Query
 * parameters of the Register request.
 *
 * @param endpoint        the endpoint client name ({@code ep}); unique per test, since a
 *                        re-registration under the same name drops the server's observations
 * @param lifetimeSeconds the registration lifetime ({@code lt})
 * @param binding         the binding mode ({@code b}), {@code U} for UDP
 * @param lwm2mVersion    the enabler version ({@code lwm2m}), {@code 1.1}
 * @param queueMode       whether the client announces queue mode (the valueless {@code Q} parameter)
 */
public record Lwm2mRegistrationSettings(String endpoint, long lifetimeSeconds, String binding, String lwm2mVersion,
                                        boolean queueMode) {

    public Lwm2mRegistrationSettings {
        Objects.requireNonNull(endpoint, "endpoint client name");
        Objects.requireNonNull(binding, "binding mode");
        Objects.requireNonNull(lwm2mVersion, "LwM2M version");
        if (endpoint.isBlank()) {
            throw new IllegalArgumentException("endpoint client name is blank; expected a name such as urn:dev:tc-1");
        }
        if (lifetimeSeconds < 1) {
            throw new IllegalArgumentException("registration lifetime " + lifetimeSeconds
                    + " s for endpoint " + endpoint + "; expected at least 1 s");
        }
    }

    /** LwM2M 1.1 over UDP, no queue mode, with the given endpoint name and lifetime. */
    public static Lwm2mRegistrationSettings of(String endpoint, long lifetimeSeconds) {
        return new Lwm2mRegistrationSettings(endpoint, lifetimeSeconds, "U", "1.1", false);
    }

    /** The Register request's Uri-Query parameters, in the order the TS lists them. */
    public List<String> registerQuery() {
        List<String> query = new ArrayList<>(List.of("ep=" + endpoint, "lt=" + lifetimeSeconds,
                "lwm2m=" + lwm2mVersion, "b=" + binding));
        if (queueMode) {
            query.add("Q");
        }
        return query;
    }
}
