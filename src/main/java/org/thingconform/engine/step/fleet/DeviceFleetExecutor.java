package org.thingconform.engine.step.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thingconform.device.EnvelopeCodec;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.EngineConfig;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.measure.FleetTrace;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Binding;
import org.thingconform.profile.BindingFlow;
import org.thingconform.profile.step.DeviceFleetStep;
import org.thingconform.protocol.AlinkCredentials;
import org.thingconform.protocol.mqtt.fleet.FleetLoad;
import org.thingconform.protocol.mqtt.fleet.FleetMember;
import org.thingconform.protocol.mqtt.fleet.MqttFleet;
import org.thingconform.shard.ShardSpec;
import org.thingconform.trace.MessageTrace;

/**
 * Carries out {@code deviceFleet}: the first devices of the step's role (the descriptor's device, then its pool; a
 * shard its slice of them) sign in to the descriptor's MQTT endpoint as the clause's binding says (the Alink
 * signature, or the plain scheme's templates), each subscribes to its reply topic and posts valid property values
 * along the step's load, and each answer is timed from post to answer; the measurements go to the trace (drawn by
 * the reports) and the verdict is the thresholds'. Too few devices in the descriptor is INCONCLUSIVE, naming how
 * many it has and how many the fleet asks.
 */
public final class DeviceFleetExecutor implements StepExecutor<DeviceFleetStep> {

    @Override
    public void execute(DeviceFleetStep step, ClauseContext context) {
        Binding binding = context.binding();
        if (binding == null || !binding.protocol().equals("mqtt")) {
            // the loader refuses such a clause; a profile built in code may still ask
            throw StepFailure.notApplicable("deviceFleet drives MQTT 3.1.1 devices; binding "
                    + (binding == null ? "(none)" : binding.id() + " is " + binding.protocol()));
        }
        PlatformDescriptor platform = context.platform();
        Endpoint mqtt = platform.mqtt();
        if (mqtt == null) {
            throw StepFailure.error("the platform descriptor names no MQTT endpoint (mqtt:), which the devices connect to");
        }
        List<DeviceIdentity> fleetDevices = identities(platform, step.role(), step.devices());
        // a shard drives its own part of the fleet (ShardSpec.slice); merge adds the parts' measurements up
        ShardSpec.Range share = context.shard().map(s -> s.slice(step.devices()))
                .orElse(new ShardSpec.Range(0, step.devices()));
        List<DeviceIdentity> driven = fleetDevices.subList((int) share.from(), (int) share.to());
        BindingFlow flow = binding.flow(step.flow());
        int qos = flow.qosOr(binding.qos());
        if (qos > 1) {
            throw StepFailure.error("binding " + binding.id() + " posts " + step.flow() + " at QoS " + qos
                    + "; a fleet posts at QoS 0 or 1");
        }
        AlinkPayloads payloads = new AlinkPayloads(binding, step.flow(), driven,
                PropertyValueSets.of(context.profile().modelOf(step.role()), step.role(), EngineConfig.DEFAULT_SEED),
                idBase(step, driven.size()));
        List<FleetMember> members = new ArrayList<>(driven.size());
        for (int i = 0; i < driven.size(); i++) {
            members.add(member(binding, flow, driven.get(i), payloads.variables(i)));
        }
        String fleet = step.location().file().getFileName() + ":" + step.location().line();
        FleetLoad load = new FleetLoad(step.connectRate(), step.messageRate(), step.duration(), qos, step.drain());
        FleetTrace.recordLoad(context.trace(), fleet, MessageTrace.attributes("devices", String.valueOf(step.devices()),
                "driven", share.from() + ".." + share.to(), "role", step.role(), "binding", binding.id(),
                "flow", step.flow(), "connectRate", FleetProgress.number(step.connectRate()),
                "messageRate", FleetProgress.number(step.messageRate()), "duration", step.duration().toString(),
                "qos", String.valueOf(qos), "broker", mqtt.tcpUri()), step.expect());
        FleetProgress progress = new FleetProgress(fleet, step.devices());
        progress.started(step.messageRate(), step.role() + " devices", step.duration().toSeconds(), mqtt.tcpUri());
        MeasuredFleet.judge(context, fleet, step.expect(), progress,
                () -> new MqttFleet(FleetTargets.of(mqtt), load, payloads).runAnswered(members, progress::second));
    }

    /** The first {@code count} devices of {@code role}: its own, then its pool's; INCONCLUSIVE when it has fewer. */
    private static List<DeviceIdentity> identities(PlatformDescriptor platform, String role, int count) {
        if (platform.device(role, 0) == null) {
            throw StepFailure.error("the platform descriptor has no device for role '" + role + "'; it has "
                    + platform.devices().keySet().stream().sorted().toList());
        }
        int available = platform.lanes(List.of(role));
        if (available < count) {
            throw StepFailure.inconclusive("the descriptor gives role " + role + " " + available + " device"
                    + (available == 1 ? "" : "s") + "; the fleet asks " + count
                    + ": add a pool (devices list or name pattern)");
        }
        List<DeviceIdentity> identities = new ArrayList<>(count);
        for (int lane = 0; lane < count; lane++) {
            identities.add(platform.device(role, lane));
        }
        return identities;
    }

    /** One device as a fleet member: its sign-in as the binding's scheme says, its flow's topic and reply topic. */
    private static FleetMember member(Binding binding, BindingFlow flow, DeviceIdentity identity,
                                      Map<String, Object> variables) {
        if (identity.deviceSecret() == null) {
            throw StepFailure.inconclusive("device " + identity.productKey() + "/" + identity.deviceName()
                    + " signs in with its certificate or pre-shared key only, which a fleet does not present; "
                    + "a fleet needs devices with secrets");
        }
        String secret = identity.deviceSecret().reveal();
        String topic = EnvelopeCodec.text(flow.topic(), variables);
        String replyTopic = EnvelopeCodec.text(flow.replyTopic(), variables);
        if (binding.auth().scheme().equals("plain")) {
            return new FleetMember(EnvelopeCodec.text(binding.auth().clientId(), variables),
                    EnvelopeCodec.text(binding.auth().username(), variables), secret, topic, replyTopic);
        }
        AlinkCredentials credentials = AlinkCredentials.sign(identity.productKey(), identity.deviceName(), secret,
                System.currentTimeMillis());
        return new FleetMember(credentials.clientId(), credentials.username(), credentials.password(), topic, replyTopic);
    }

    /**
     * Where the fleet's ids start: drawn at random where every id the load can use ({@code members} devices, each
     * posting at most the rate over the ramp and the duration) stays within Alink's 0 to 4294967295; ERROR naming
     * the load when the ids cannot.
     */
    private static long idBase(DeviceFleetStep step, int members) {
        double seconds = members / step.connectRate() + step.duration().toNanos() / 1e9;
        long perMember = (long) Math.ceil(step.messageRate() * seconds) + 1;
        double ids = (double) perMember * Math.max(1, members);
        if (ids > AlinkPayloads.LARGEST_ID + 1) {
            throw StepFailure.error("the load sends up to " + perMember + " posts per device; " + members
                    + " devices would need " + (long) ids + " message ids, more than Alink's 0 to "
                    + AlinkPayloads.LARGEST_ID + "; shorten the duration or shard the run");
        }
        return java.util.concurrent.ThreadLocalRandom.current().nextLong(AlinkPayloads.LARGEST_ID + 2 - (long) ids);
    }
}
