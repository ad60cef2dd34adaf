package org.thingconform.reference;

import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;

/**
 * The HiveMQ extension that turns the embedded broker into the reference platform:
 * Alink authentication and authorization, the Alink uplink interceptor, and the publish
 * service for replies and downlinks.
 */
final class ReferenceExtension implements ExtensionMain {

    private final SimpleAuthenticator authenticator;
    private final AlinkInterceptor interceptor;
    private final HiveMqDownlink downlink;
    private final BrokerFaults brokerFaults;

    ReferenceExtension(SimpleAuthenticator authenticator, AlinkInterceptor interceptor, HiveMqDownlink downlink,
                       BrokerFaults brokerFaults) {
        this.brokerFaults = brokerFaults;
        this.authenticator = authenticator;
        this.interceptor = interceptor;
        this.downlink = downlink;
    }

    @Override
    public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
        Services.securityRegistry().setAuthenticatorProvider(providerInput -> authenticator);
        Services.initializerRegistry().setClientInitializer(
                (initializerInput, clientContext) -> {
                    clientContext.addPublishInboundInterceptor(interceptor);
                    brokerFaults.addTo(clientContext);
                });
        Services.interceptorRegistry().setConnectInboundInterceptorProvider(providerInput ->
                brokerFaults.connectInterceptor());
        downlink.attach(Services.publishService());
    }

    @Override
    public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
        downlink.attach(null);
    }
}
