package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * Execute through the server: the step asks the server's API ({@code execute}) to execute a resource of
 * the client and checks that the client gets a POST on it carrying the arguments and nothing else, and that
 * the API reports success.
 *
 * @param path the executable resource, e.g. {@code /3/0/4} (Reboot)
 * @param args the Execute arguments (the Core TS syntax: digits with optional quoted values, e.g. {@code 0='now'}), or null for none
 */
public record Lwm2mExecuteStep(SourceLocation location, String client, String path, String args)
        implements Lwm2mManagementStep {

    @Override
    public String kind() {
        return "lwm2mExecute";
    }
}
