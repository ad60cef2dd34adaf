package org.thingconform.reference.lwm2m;

import org.eclipse.californium.core.coap.Token;
import org.eclipse.leshan.core.node.LwM2mPath;

/** One observation the server holds on a client: its token (also its id on the API), path and format. */
record Observation(String id, Token token, String registrationId, String endpoint, LwM2mPath path,
                   DataFormat format) {
}
