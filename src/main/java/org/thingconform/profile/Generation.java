package org.thingconform.profile;

import java.time.Duration;
import java.util.List;
import org.thingconform.thingmodel.Service;

/**
 * A clause written once and expanded over the thing model: for each element of a kind
 * (property, event, service) of a device's model, or each resource of the LwM2M object
 * models, one case per generated value whose family matches, each expecting the outcome
 * the clause states. The expected outcome comes from the family and the clause, never
 * from a validator.
 *
 * @param forEach       which elements the clause ranges over
 * @param device        the device role whose thing model is expanded; null for every device role of the profile
 * @param families      family globs to include, e.g. {@code invalid.*}
 * @param exclude       family globs to leave out
 * @param expect        the outcome every case expects
 * @param code          the reply code a rejection must carry, or null for any code other than success
 * @param coerce        families a platform may coerce instead of reject (e.g. {@code invalid.numeric-string})
 * @param stepNormative whether off-step values count as invalid
 * @param quietPeriod   how long the device must see nothing, for {@link Outcome#NOT_DELIVERED}
 * @param callType      for services: only async or only sync ones; null for every service
 * @param timeoutStatus for {@link Outcome#TIMED_OUT}: the northbound status a timed-out sync call answers
 * @param objects       for resources: the LwM2M object models (thing model ids) expanded; empty for every one
 * @param format        for resources: the LwM2M content format of every read or write
 */
public record Generation(Element forEach, String device, List<String> families, List<String> exclude, Outcome expect,
                         Integer code, List<String> coerce, boolean stepNormative, Duration quietPeriod,
                         Service.CallType callType, Integer timeoutStatus, List<String> objects, String format) {

    public Generation {
        families = List.copyOf(families);
        exclude = List.copyOf(exclude);
        coerce = List.copyOf(coerce);
        objects = List.copyOf(objects);
    }

    /** This generation for one device role. */
    public Generation forDevice(String role) {
        return new Generation(forEach, role, families, exclude, expect, code, coerce, stepNormative, quietPeriod,
                callType, timeoutStatus, objects, format);
    }

    /** The kinds of thing-model element a clause can range over; a resource is an LwM2M object model's. */
    public enum Element { PROPERTY, EVENT, SERVICE, RESOURCE }

    /**
     * What each case expects: the value accepted (and stored, visible northbound or
     * delivered), rejected (and not stored), or not delivered to the device at all
     * (invalid service input refused by the platform), or a northbound set of a read-only
     * property refused, or a sync service call the device never answers timed out; for an
     * LwM2M resource, read: the server reports the value the client holds.
     */
    public enum Outcome { ACCEPTED, REJECTED, NOT_DELIVERED, REFUSED, TIMED_OUT, READ }
}
