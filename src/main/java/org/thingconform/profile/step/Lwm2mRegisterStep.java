package org.thingconform.profile.step;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * Register: the client sends {@code POST /rd?ep=…&lt=…&lwm2m=1.1&b=U} with the link list of its objects
 * and checks the server's answer.
 *
 * @param endpoint       the endpoint name ({@code {run}} is the test's own token); null: the client's own
 *                       unique name
 * @param objects        the profile's LwM2M object models the client has an instance of; empty: all of them
 * @param lifetime       the lifetime in seconds the client asks for
 * @param omit           registration parameters left out of the query ({@code ep}, {@code lt}, {@code lwm2m},
 *                       {@code b}): a malformed registration
 * @param expectCodes    the answers that pass, e.g. {@code 2.01}
 * @param expectLocation whether the answer must carry a Location-Path under {@code /rd}
 * @param queueMode      whether the client announces queue mode (the valueless {@code Q} parameter, TS 6.2.1)
 */
public record Lwm2mRegisterStep(SourceLocation location, String client, String endpoint, List<String> objects,
                                long lifetime, List<String> omit, List<String> expectCodes, boolean expectLocation,
                                boolean queueMode)
        implements Lwm2mStep {

    public Lwm2mRegisterStep {
        objects = List.copyOf(objects);
        omit = List.copyOf(omit);
        expectCodes = List.copyOf(expectCodes);
    }

    @Override
    public String kind() {
        return "lwm2mRegister";
    }
}
