package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Everything the suite needs to reach a platform under test (the IXIT): device-side
 * endpoints, the northbound API mapping, the devices standing for each profile device
 * role, and the platform's ICS answers.
 *
 * @param name       a human name for reports
 * @param mqtt       the MQTT endpoint devices connect to
 * @param northbound the northbound API
 * @param devices    profile device role → registered device
 * @param ics        ICS item id → answer
 * @param ixit       IXIT values: profile parameters this platform needs set otherwise (e.g. its error codes)
 */
public record PlatformDescriptor(String name, Endpoint mqtt, NorthboundApi northbound,
                                 Map<String, DeviceIdentity> devices, Map<String, Boolean> ics,
                                 Map<String, JsonNode> ixit) {

    public PlatformDescriptor {
        devices = Map.copyOf(devices);
        ics = Map.copyOf(ics);
        ixit = Map.copyOf(ixit);
    }
}
