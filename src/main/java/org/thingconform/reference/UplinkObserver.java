package org.thingconform.reference;

import java.util.Map;

/**
 * Told about device data the platform has just stored, so it can be forwarded (pushed to a
 * subscribed peer platform) after the device's post was accepted.
 */
interface UplinkObserver {

    /** Observes nothing. */
    UplinkObserver NONE = new UplinkObserver() {
        @Override
        public void propertiesStored(RegisteredDevice device, Map<String, ThingState.TimedValue> values) {
        }

        @Override
        public void eventStored(RegisteredDevice device, ThingState.EventRecord event) {
        }
    };

    /** A property post of {@code device} was stored: its values, each with its time. */
    void propertiesStored(RegisteredDevice device, Map<String, ThingState.TimedValue> values);

    /** An event post of {@code device} was stored. */
    void eventStored(RegisteredDevice device, ThingState.EventRecord event);
}
