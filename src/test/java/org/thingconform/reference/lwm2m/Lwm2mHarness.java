package org.thingconform.reference.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.Response;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.Secret;

/** A running LwM2M server part, one test client and an API caller, on loopback and free ports. */
final class Lwm2mHarness implements AutoCloseable {

    final Lwm2mFaultSwitch faults = new Lwm2mFaultSwitch();
    final Lwm2mServerPart server;
    final TestLwm2mClient client;
    final Lwm2mApi api;
    /** Every time the server asked whether registrations never expire: the moment a lifetime ran out. */
    final BlockingQueue<Lwm2mFault> asked = new LinkedBlockingQueue<>();

    Lwm2mHarness() {
        String token = UUID.randomUUID().toString();
        server = Lwm2mServerPart.start(fault -> {
            if (fault == Lwm2mFault.REGISTRATION_NEVER_EXPIRES) {
                asked.add(fault);
            }
            return faults.test(fault);
        }, 0, 0, new Secret(token));
        Endpoint coap = server.coapEndpoint();
        client = new TestLwm2mClient(new InetSocketAddress(coap.host(), coap.port()));
        api = new Lwm2mApi(server.apiBaseUrl(), token);
    }

    void faults(Lwm2mFault... on) {
        faults.set(Set.of(on));
    }

    /** A fresh endpoint name, so no test sees another's registration. */
    static String endpointName() {
        return "ep-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers {@code endpoint} with lifetime {@code lifetime} and gives its location, e.g. /rd/abc. */
    String register(String endpoint, long lifetime) {
        Response response = client.register(endpoint, lifetime);
        assertThat(response.getCode()).isEqualTo(ResponseCode.CREATED);
        return "/" + response.getOptions().getLocationPathString();
    }

    @Override
    public void close() {
        api.close();
        client.close();
        server.close();
    }
}
