package org.thingconform.reference;

import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.interceptor.connect.ConnectInboundInterceptor;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.publish.PublishService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The HiveMQ extension that turns the embedded broker into the reference platform. It asks the
 * platform attached now for its {@link BrokerHooks} at every connection (authenticator, connect
 * interceptor, per-client interceptors), so a broker kept running can serve one platform after
 * another; with none attached, every connection is refused.
 */
final class ReferenceExtension implements ExtensionMain {

    private static final SimpleAuthenticator REFUSE_ALL = new SimpleAuthenticator() {
        @Override
        public void onConnect(SimpleAuthInput input, SimpleAuthOutput output) {
            output.failAuthentication(ConnackReasonCode.SERVER_UNAVAILABLE, "no reference platform is attached");
        }
    };
    private static final ConnectInboundInterceptor PASS = (input, output) -> { };

    private final AtomicReference<BrokerHooks> attached = new AtomicReference<>();
    private volatile PublishService publishService;

    /** An extension serving {@code hooks} from the start. */
    ReferenceExtension(BrokerHooks hooks) {
        attached.set(hooks);
    }

    /** An extension with no platform attached yet. */
    ReferenceExtension() {
    }

    @Override
    public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
        Services.securityRegistry().setAuthenticatorProvider(providerInput -> {
            BrokerHooks hooks = attached.get();
            return hooks == null ? REFUSE_ALL : hooks.authenticator();
        });
        Services.initializerRegistry().setClientInitializer((initializerInput, clientContext) -> {
            BrokerHooks hooks = attached.get();
            if (hooks != null) {
                clientContext.addPublishInboundInterceptor(hooks.interceptor());
                hooks.faults().addTo(clientContext);
            }
        });
        Services.interceptorRegistry().setConnectInboundInterceptorProvider(providerInput -> {
            BrokerHooks hooks = attached.get();
            return hooks == null ? PASS : hooks.faults().connectInterceptor();
        });
        publishService = Services.publishService();
        BrokerHooks hooks = attached.get();
        if (hooks != null) {
            hooks.downlink().attach(publishService);
        }
    }

    @Override
    public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
        BrokerHooks hooks = attached.get();
        if (hooks != null) {
            hooks.downlink().attach(null);
        }
    }

    /**
     * Serves {@code hooks} from the next connection on.
     *
     * @throws IllegalStateException when another platform is attached
     */
    void attach(BrokerHooks hooks) {
        if (!attached.compareAndSet(null, hooks)) {
            throw new IllegalStateException("the embedded broker already serves a reference platform");
        }
        hooks.downlink().attach(publishService);
    }

    /** Whether a platform is attached now. */
    boolean serving() {
        return attached.get() != null;
    }

    /** Stops serving {@code hooks}: their downlink can no longer publish, new connections are refused. */
    void detach(BrokerHooks hooks) {
        if (attached.compareAndSet(hooks, null)) {
            hooks.downlink().attach(null);
        }
    }
}
