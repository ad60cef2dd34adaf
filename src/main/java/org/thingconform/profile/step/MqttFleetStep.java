package org.thingconform.profile.step;

import java.time.Duration;
import org.thingconform.measure.FleetThresholds;
import org.thingconform.source.SourceLocation;

/**
 * Runs a fleet of MQTT clients against the broker and judges what it measured against the clause's thresholds:
 * {@code devices} clients connect at {@code connectRate} per second, each publishes {@code messageRate} messages
 * per second of {@code payloadSize} bytes to its own topic for {@code duration}, and one observer subscribed to
 * {@code filter} times every message end to end. How a capacity statement (concurrent connections, throughput,
 * latency, loss) becomes a verdict; the clause it is in runs alone, so nothing else loads the broker meanwhile.
 *
 * @param topic  each device's topic; {@code {run}} is the clause run's token, {@code {device}} the device's number
 * @param filter the observer's subscription, matching every device's topic
 * @param drain  how long after publishing ends messages still on their way are awaited
 */
public record MqttFleetStep(SourceLocation location, int devices, double connectRate, double messageRate,
                            Duration duration, int qos, int payloadSize, String topic, String filter, Duration drain,
                            FleetThresholds expect) implements FleetStep {

    @Override
    public String kind() {
        return "mqttFleet";
    }

    @Override
    public boolean usesDevice() {
        return false;
    }

    @Override
    public boolean inOwnLane() {
        return true; // topics and client ids of its own; the load it puts on the broker is why its clause runs alone
    }
}
