package org.thingconform.protocol.lwm2m;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.ObjectModel;
import org.thingconform.trace.MessageTrace;

/** The shipped object models (Device 1.1, Server 1.1, Temperature) plus Leshan's Security model, and a typical tree. */
final class TestDevices {

    private static final AtomicInteger ENDPOINTS = new AtomicInteger();
    static final byte[] SECRET_KEY = {0x73, 0x65, 0x63, 0x72, 0x65, 0x74, 0x2d, 0x6b, 0x65, 0x79};

    private TestDevices() {
    }

    static List<ObjectModel> models() throws Exception {
        List<ObjectModel> models = new ArrayList<>();
        ObjectLoader.loadDefault().stream().filter(m -> m.id == 0).findFirst().ifPresent(models::add);
        for (String file : List.of("1-1_1.xml", "3-1_1.xml", "3303.xml")) {
            Path path = Path.of("test-profiles/lwm2m/models", file);
            try (InputStream in = Files.newInputStream(path)) {
                models.addAll(ObjectLoader.loadDdfFile(in, path.toString()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read model " + path, e);
            }
        }
        return models;
    }

    static Lwm2mObjectTree tree() throws Exception {
        return new Lwm2mObjectTree(models())
                .set("/0/0/0", "coap://127.0.0.1:5683").set("/0/0/1", false).set("/0/0/2", 3).set("/0/0/5", SECRET_KEY)
                .set("/1/0/0", 123).set("/1/0/1", 300).set("/1/0/6", false).set("/1/0/7", "U")
                .set("/3/0/0", "ACME").set("/3/0/1", "TC-1").set("/3/0/2", "SN-0001").set("/3/0/11/0", 0)
                .set("/3/0/14", "+01:00").set("/3/0/16", "U")
                .set("/3303/0/5700", 21.5).set("/3303/0/5701", "Cel");
    }

    /**
     * A client with {@code tree}, started and registered with {@code server} (lifetime 300 s, a fresh endpoint
     * name), its messages in {@code trace}; fails the test unless the Register is answered 2.01.
     */
    static Lwm2mClient registered(TestLwm2mServer server, Lwm2mObjectTree tree, MessageTrace trace) {
        Lwm2mClient client = new Lwm2mClient(Lwm2mServerAddress.plain("127.0.0.1", server.port()),
                Lwm2mRegistrationSettings.of(endpoint(), 300), tree, trace);
        client.start();
        org.assertj.core.api.Assertions.assertThat(client.register(java.time.Duration.ofSeconds(5)).code())
                .contains("2.01");
        return client;
    }

    /** A fresh endpoint name per test: a re-registration under the same name drops observations. */
    static String endpoint() {
        return "urn:dev:tc-" + ProcessHandle.current().pid() + "-" + ENDPOINTS.incrementAndGet();
    }
}
