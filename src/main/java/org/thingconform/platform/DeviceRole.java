package org.thingconform.platform;

import org.thingconform.thingmodel.ThingModel;

/** A device a profile needs, by role name, and the thing model it implements. */
public record DeviceRole(String role, ThingModel model) {
}
