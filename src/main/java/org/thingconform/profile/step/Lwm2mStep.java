package org.thingconform.profile.step;

/**
 * A step of an LwM2M server profile: it plays a named simulated LwM2M client (a device with an
 * object tree from the profile's LwM2M object models) against the server under test, or asks the
 * server's API about such a client. Each client's endpoint name is its test's own, so these tests
 * run side by side.
 */
public sealed interface Lwm2mStep extends Step permits Lwm2mRegisterStep, Lwm2mUpdateStep, Lwm2mDeregisterStep,
        Lwm2mRegistrationStep, Lwm2mReadStep,
        Lwm2mManagementStep, Lwm2mObserveStep, Lwm2mChangeStep, Lwm2mAwaitEventStep, Lwm2mExpectNoEventStep,
        Lwm2mCancelObservationStep, Lwm2mReadCompositeStep, Lwm2mWriteCompositeStep,
        Lwm2mQueuedReadStep {

    /** The name of the client the step plays, e.g. {@code dev}. */
    String client();

    @Override
    default boolean usesDevice() {
        return false;
    }

    @Override
    default boolean inOwnLane() {
        return true;
    }
}
