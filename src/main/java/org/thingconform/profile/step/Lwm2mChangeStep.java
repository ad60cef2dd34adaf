package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * The simulated client changes one of its resources, as a sensor whose reading moves: its Observe
 * relations on the resource notify (TS 6.4.2). It checks nothing itself; the steps after it do.
 *
 * @param path  the resource, e.g. {@code /3/0/9}
 * @param value the new value (a number, text or boolean, converted to the resource's type)
 */
public record Lwm2mChangeStep(SourceLocation location, String client, String path, Object value) implements Lwm2mStep {

    @Override
    public String kind() {
        return "lwm2mChange";
    }
}
