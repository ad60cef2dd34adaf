package org.thingconform.measure;

/**
 * One second of a fleet run, as the console shows it while the fleet runs and the reports draw it
 * afterwards: devices connected at its end, messages published and delivered during it, and the
 * 99th percentile of the end-to-end latency of the messages delivered during it (microseconds).
 */
public record FleetSample(int second, int connected, long published, long delivered, long p99Micros) {
}
