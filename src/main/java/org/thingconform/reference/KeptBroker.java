package org.thingconform.reference;

import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.session.ClientService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded broker kept running across the reference platforms of a JVM, when the system
 * property {@value #PROPERTY} is {@code true}: the build's tests set it, because starting and
 * stopping HiveMQ took two to four seconds of every test that starts a platform. A platform
 * borrows the broker (its {@link BrokerHooks} serve every new connection) and gives it back on
 * close: then every client is disconnected and its session and subscriptions dropped, and the
 * retained messages are cleared, so the next platform meets an empty broker, as a new one would be.
 * A platform that needs a broker of its own (over TLS) retires the kept one first.
 */
final class KeptBroker {

    /** The system property that keeps the broker running. */
    static final String PROPERTY = "thingconform.reference.keepBroker";

    private static final Logger LOG = LoggerFactory.getLogger(KeptBroker.class);
    private static final long CLEAR_TIMEOUT_SECONDS = 10;
    private static EmbeddedBroker kept;

    private KeptBroker() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Lends the kept broker (starting it the first time) to the platform with {@code hooks}.
     *
     * @throws IllegalStateException when another platform has it, or when it does not start
     */
    static synchronized EmbeddedBroker lend(BrokerHooks hooks) {
        if (kept == null) {
            kept = EmbeddedBroker.start(new ReferenceExtension(), 0, null);
        }
        kept.extension().attach(hooks);
        return kept.lentTo(hooks);
    }

    /** Takes the broker back from the platform with {@code hooks} and empties it for the next one. */
    static synchronized void giveBack(BrokerHooks hooks) {
        if (kept == null) {
            return;
        }
        kept.extension().detach(hooks);
        clear();
    }

    /**
     * Stops the kept broker, if there is one, so that another can start.
     *
     * @throws IllegalStateException when a platform has it now
     */
    static synchronized void retire() {
        if (kept != null && kept.extension().serving()) {
            throw new IllegalStateException("an embedded reference platform is already running in this JVM; "
                    + "close it first (HiveMQ's extension services are per JVM)");
        }
        if (kept != null) {
            EmbeddedBroker broker = kept;
            kept = null;
            broker.close();
        }
    }

    private static void clear() {
        ClientService clients = Services.clientService();
        List<String> ids = new ArrayList<>();
        try {
            clients.iterateAllClients((context, session) -> ids.add(session.getClientIdentifier()))
                    .get(CLEAR_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            CompletableFuture.allOf(ids.stream().map(clients::invalidateSession).toArray(CompletableFuture[]::new))
                    .get(CLEAR_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Services.retainedMessageStore().clear().get(CLEAR_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // The next platform cannot be sure of an empty broker: give it a new one.
            LOG.warn("could not empty the kept broker ({}); stopping it", e.toString());
            retire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            retire();
        }
    }
}
