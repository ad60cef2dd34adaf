package org.thingconform.reference.lwm2m;

/**
 * Something that happened to a registration. {@link Kind#REPLACED} is the old registration of an
 * endpoint that registered anew: gone like a de-registered one, with its observations.
 */
record RegistrationChange(Kind kind, Registration registration) {

    /** What happened. */
    enum Kind {
        REGISTERED, UPDATED, DEREGISTERED, EXPIRED, REPLACED;

        /** True when the registration is gone afterwards. */
        boolean removes() {
            return this == DEREGISTERED || this == EXPIRED || this == REPLACED;
        }
    }
}
