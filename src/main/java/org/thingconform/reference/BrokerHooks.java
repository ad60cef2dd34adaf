package org.thingconform.reference;

import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;

/**
 * What one reference platform plugs into the embedded broker: Alink authentication, the uplink
 * interceptor, the downlink's publish service and the broker faults. Kept apart from the broker's
 * extension so that a broker kept running in the JVM can serve one platform after another
 * ({@link ReferenceExtension#attach}).
 */
record BrokerHooks(SimpleAuthenticator authenticator, AlinkInterceptor interceptor, HiveMqDownlink downlink,
                   BrokerFaults faults) {
}
