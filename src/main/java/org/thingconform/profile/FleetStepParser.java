package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.thingconform.measure.FleetThresholds;
import org.thingconform.profile.step.DeviceFleetStep;
import org.thingconform.profile.step.MqttFleetStep;
import org.thingconform.profile.step.Step;

/**
 * Parses the fleet steps of capacity clauses, {@code mqttFleet} (plain MQTT clients and the broker) and {@code
 * deviceFleet} (the platform's devices of a role over the clause's binding): the load (devices, rates, duration) and
 * the thresholds its verdict checks, read the same way for both. Values usually come from profile parameters the
 * descriptor's IXIT may set (the capacity the vendor claims). {@link StepParser} hands the step kinds here; every
 * problem is a located error.
 */
final class FleetStepParser {

    static final Set<String> KEYS = Set.of("devices", "connectRate", "messageRate", "duration", "qos", "payloadSize",
            "topic", "filter", "drain", "expect");
    static final Set<String> DEVICE_KEYS = Set.of("role", "flow", "devices", "connectRate", "messageRate", "duration",
            "drain", "expect");
    /** The uplink flows a device fleet posts on: flows the platform answers on a reply topic. */
    static final Set<String> DEVICE_FLOWS = Set.of("propertyPost");
    static final Set<String> THRESHOLDS = Set.of("connected", "delivered", "p50", "p95", "p99", "max", "errors");
    /** The largest fleet one run drives: beyond it a run is sharded (the fleet's devices are split by --shard). */
    static final int MAX_DEVICES = 1_000_000;
    private static final int MIN_PAYLOAD = 16;

    private FleetStepParser() {
    }

    static Step parse(Fields f) {
        int devices = devices(f);
        double connectRate = rate(f, "connectRate", 100, false);
        double messageRate = rate(f, "messageRate", 1, true);
        Duration duration = duration(f);
        Integer qos = f.optionalInt("qos");
        if (qos != null && qos != 0 && qos != 1) {
            throw f.error("qos", "a fleet publishes at QoS 0 or 1, not " + qos, "0 or 1");
        }
        int payloadSize = f.has("payloadSize") ? positiveInt(f, "payloadSize", null) : 64;
        if (payloadSize < MIN_PAYLOAD) {
            throw f.error("payloadSize", "a fleet message needs " + MIN_PAYLOAD + " bytes to be recognised and timed, "
                    + "not " + payloadSize, "at least " + MIN_PAYLOAD);
        }
        String topic = f.optionalText("topic", "tc/{run}/fleet/{device}");
        String filter = f.optionalText("filter", "tc/{run}/fleet/+");
        Duration drain = ProfileLoader.duration(f, "drain", Duration.ofSeconds(5));
        return new MqttFleetStep(f.location(), devices, connectRate, messageRate, duration, qos == null ? 1 : qos,
                payloadSize, topic, filter, drain, thresholds(f, "mqttFleet"));
    }

    /** Parses {@code deviceFleet}; {@code roles} are the profile's device roles, one of which it must name. */
    static Step parseDeviceFleet(Fields f, Set<String> roles) {
        String role = f.requiredText("role", "a device role declared under 'devices'");
        if (!roles.contains(role)) {
            throw f.error("role", "unknown device role '" + role + "'", "one of " + roles.stream().sorted().toList());
        }
        String flow = f.optionalText("flow", "propertyPost");
        if (!DEVICE_FLOWS.contains(flow)) {
            throw f.error("flow", "a device fleet cannot post on flow '" + flow + "'",
                    "one of " + DEVICE_FLOWS.stream().sorted().toList() + " (an uplink the platform answers)");
        }
        int devices = devices(f);
        double connectRate = rate(f, "connectRate", 100, false);
        double messageRate = rate(f, "messageRate", 1, true);
        Duration duration = duration(f);
        Duration drain = ProfileLoader.duration(f, "drain", Duration.ofSeconds(5));
        return new DeviceFleetStep(f.location(), role, flow, devices, connectRate, messageRate, duration, drain,
                thresholds(f, "deviceFleet"));
    }

    private static int devices(Fields f) {
        int devices = positiveInt(f, "devices", null);
        if (devices > MAX_DEVICES) {
            throw f.error("devices", "a fleet of " + devices + " devices is more than one run drives",
                    "at most " + MAX_DEVICES + " (shard the run for more)");
        }
        return devices;
    }

    private static Duration duration(Fields f) {
        Duration duration = ProfileLoader.duration(f, "duration", null);
        if (duration == null) {
            throw f.error(null, "missing required key 'duration'", "how long every device publishes, e.g. 60s");
        }
        return duration;
    }

    private static FleetThresholds thresholds(Fields f, String kind) {
        if (!f.has("expect")) {
            throw f.error(null, "missing required key 'expect'", "the thresholds the verdict checks, e.g. "
                    + "{connected: 100%, delivered: 99.9%, p99: 200ms}");
        }
        Fields e = Fields.of(f.document(), f.child("expect"), f.requiredObject("expect", "{connected, delivered, p99, …}"),
                "expect of " + kind, THRESHOLDS);
        Long errors = null;
        if (e.has("errors")) {
            JsonNode value = e.node().get("errors");
            if (!value.isIntegralNumber() || value.asLong() < 0) {
                throw e.error("errors", "'errors' must be a non-negative integer, got " + value, "e.g. 0");
            }
            errors = value.asLong();
        }
        FleetThresholds thresholds = new FleetThresholds(ratio(e, "connected"), ratio(e, "delivered"),
                ProfileLoader.duration(e, "p50", null), ProfileLoader.duration(e, "p95", null),
                ProfileLoader.duration(e, "p99", null), ProfileLoader.duration(e, "max", null), errors);
        if (thresholds.none()) {
            throw f.error("expect", "'expect' gives no threshold", "at least one of " + THRESHOLDS.stream().sorted().toList());
        }
        return thresholds;
    }

    /** A share: a percentage text ({@code 99.9%}) or a fraction from 0 to 1 ({@code 0.999}); null when absent. */
    static Double ratio(Fields f, String key) {
        if (!f.has(key)) {
            return null;
        }
        JsonNode value = f.node().get(key);
        String expected = "a percentage such as 99.9% or a fraction from 0 to 1 such as 0.999";
        BigDecimal share;
        try {
            if (value.isNumber()) {
                share = value.decimalValue();
            } else if (value.isTextual() && value.asText().trim().endsWith("%")) {
                String text = value.asText().trim();
                share = new BigDecimal(text.substring(0, text.length() - 1).trim()).movePointLeft(2);
            } else {
                throw f.error(key, "'" + value.asText() + "' is not a share", expected);
            }
        } catch (NumberFormatException ex) {
            throw f.error(key, "'" + value.asText() + "' is not a share", expected);
        }
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw f.error(key, "'" + value.asText() + "' is outside 0 to 100 %", expected);
        }
        return share.doubleValue();
    }

    private static int positiveInt(Fields f, String key, Integer fallback) {
        Integer value = f.optionalInt(key);
        if (value == null && fallback == null) {
            throw f.error(null, "missing required key '" + key + "'", "a positive integer");
        }
        int result = value == null ? fallback : value;
        if (result < 1) {
            throw f.error(key, "'" + key + "' must be at least 1, got " + result, "a positive integer");
        }
        return result;
    }

    private static double rate(Fields f, String key, double fallback, boolean zeroAllowed) {
        if (!f.has(key)) {
            return fallback;
        }
        JsonNode value = f.node().get(key);
        if (!value.isNumber() || value.asDouble() < 0 || (!zeroAllowed && value.asDouble() == 0)) {
            throw f.error(key, "'" + key + "' must be a " + (zeroAllowed ? "non-negative" : "positive")
                    + " number per second, got " + value, zeroAllowed ? "e.g. 1 or 0.5 (0: connect only)" : "e.g. 100");
        }
        return value.asDouble();
    }
}
