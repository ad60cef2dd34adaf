/**
 * The embedded reference platform: HiveMQ CE with Alink authentication, authorization and
 * message handling, plus a northbound HTTP API, all on loopback. It is the suite's default
 * target and, with its switchable {@link org.thingconform.reference.Fault faults}, the
 * negative control of every clause. The engine reaches it only through
 * {@link org.thingconform.platform.EmbeddedPlatformProvider}; nothing outside this package
 * imports it.
 */
package org.thingconform.reference;
