package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * Write-Attributes through the server: the step asks the server's API ({@code writeAttributes}) to attach
 * notification attributes to a path of the client, and checks that the client gets a PUT on the path with
 * the attributes as Uri-Query options and no payload, and that the API reports success.
 *
 * @param path the object, instance or resource, e.g. {@code /3303/0}
 * @param pmin the minimum period in seconds, or null not to write it
 * @param pmax the maximum period in seconds, or null not to write it
 */
public record Lwm2mWriteAttributesStep(SourceLocation location, String client, String path, Integer pmin,
                                       Integer pmax) implements Lwm2mManagementStep {

    @Override
    public String kind() {
        return "lwm2mWriteAttributes";
    }
}
