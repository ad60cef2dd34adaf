package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * Delete through the server: the step asks the server's API ({@code delete}) to delete an object instance
 * of the client, and checks the DELETE on that instance on the wire, the API's success and that the
 * instance is gone from the client.
 *
 * @param path the object instance, e.g. {@code /3303/0}
 */
public record Lwm2mDeleteStep(SourceLocation location, String client, String path) implements Lwm2mManagementStep {

    @Override
    public String kind() {
        return "lwm2mDelete";
    }
}
