/**
 * Fleets: thousands of simulated MQTT devices from one JVM, for capacity statements (concurrent
 * connections, throughput, end-to-end latency, loss).
 *
 * <p>Why not Paho, which the device steps use: Eclipse Paho gives every client its own threads
 * (receiver, sender, callback, ping: four per client here), so 10,000 devices need some 40,000
 * threads, more than this build machine may start (pid_max 32,768), and at 2,000 devices it used
 * 1.3 cores, 242 MiB of heap and 8,012 threads where this package used 0.3 cores, 87 MiB and 9
 * threads ({@code scripts/bench-fleet 2000 1 30 1000 both}). A fleet member is a non-blocking
 * Netty channel on one event loop per core, with the MQTT codec the packet-level client already
 * uses ({@code netty-codec-mqtt}), so no new protocol library comes in; latency percentiles are
 * HdrHistogram's, whose histograms add up exactly across shards.
 *
 * <p>What is here: {@link org.thingconform.protocol.mqtt.fleet.MqttFleet} (connect ramp, rate,
 * duration, an observer timing every message, or each member timing the platform's answers to its own
 * messages), its small types of its own
 * ({@link org.thingconform.protocol.mqtt.fleet.FleetTarget}, {@link org.thingconform.protocol.mqtt.fleet.FleetMember},
 * {@link org.thingconform.protocol.mqtt.fleet.FleetLoad}) and its report. The fleet steps that drive it
 * ({@code mqttFleet}, {@code deviceFleet}) are the engine's; the driver knows no profile type.
 */
package org.thingconform.protocol.mqtt.fleet;
