package org.thingconform.profile.step;

/**
 * An LwM2M device management operation asked of the server through its API (TS 6.3: Write, Execute,
 * Create, Delete, Discover, Write-Attributes): the step checks what reaches the named simulated client on
 * the wire, what the API reports, and the client's object tree afterwards. Its own sealed family, so that
 * what every such step needs (the server's CoAP endpoint and its API) is said once.
 */
public sealed interface Lwm2mManagementStep extends Lwm2mStep permits Lwm2mWriteStep, Lwm2mExecuteStep,
        Lwm2mCreateStep, Lwm2mDeleteStep, Lwm2mDiscoverStep, Lwm2mWriteAttributesStep {

    /** The path the operation addresses, with a leading slash, e.g. {@code /3/0/4}. */
    String path();
}
