package org.thingconform.thingmodel;

import java.util.List;

/** A service the platform invokes on a device, with its call type and input and output data. */
public record Service(String identifier, String name, boolean required, CallType callType,
                      List<Parameter> inputData, List<Parameter> outputData) {

    public Service {
        inputData = List.copyOf(inputData);
        outputData = List.copyOf(outputData);
    }

    /** Whether the caller waits for the device's answer (sync) or receives it later (async). */
    public enum CallType { ASYNC, SYNC }
}
