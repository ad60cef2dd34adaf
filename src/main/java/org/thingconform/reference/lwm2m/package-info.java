/**
 * The reference platform's LwM2M 1.1 server: registration interface on CoAP (Californium 3), device
 * management and observe towards registered clients with Leshan's codecs and object models (no Leshan
 * transport), a northbound HTTP API with an event stream, and switchable {@link
 * org.thingconform.reference.lwm2m.Lwm2mFault}s. Entry point: {@link org.thingconform.reference.lwm2m.Lwm2mServerPart}.
 */
package org.thingconform.reference.lwm2m;
