package org.thingconform.protocol.coap;

import org.eclipse.californium.core.config.CoapConfig;
import org.eclipse.californium.elements.config.Configuration;
import org.eclipse.californium.elements.config.UdpConfig;
import org.eclipse.californium.scandium.config.DtlsConfig;

/**
 * Californium's standard configuration (CoAP, UDP and Scandium's DTLS modules), built in
 * memory: Californium's {@code getStandard()} would write a {@code Californium3.properties}
 * file into the working directory.
 */
public final class CoapConfiguration {

    static {
        CoapConfig.register();
        UdpConfig.register();
        DtlsConfig.register();
    }

    private CoapConfiguration() {
    }

    /** A fresh standard configuration, never read from or written to a file. */
    public static Configuration standard() {
        return Configuration.createStandardWithoutFile();
    }
}
