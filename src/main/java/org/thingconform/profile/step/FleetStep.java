package org.thingconform.profile.step;

import org.thingconform.measure.FleetThresholds;

/**
 * A step that drives a fleet (many devices at once) and judges what it measured against thresholds: the kinds a
 * capacity clause is made of. A clause with one runs alone, and a sharded run gives it to every shard, each
 * driving its slice of the fleet's devices ({@link org.thingconform.profile.Clause#drivesFleet}).
 */
public sealed interface FleetStep extends Step permits MqttFleetStep, DeviceFleetStep {

    /** How many devices the whole fleet has (every shard together). */
    int devices();

    /** The thresholds the verdict checks. */
    FleetThresholds expect();
}
