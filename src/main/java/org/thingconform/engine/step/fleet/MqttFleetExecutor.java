package org.thingconform.engine.step.fleet;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.measure.FleetTrace;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.MqttAccount;
import org.thingconform.profile.step.MqttFleetStep;
import org.thingconform.protocol.mqtt.fleet.FleetLoad;
import org.thingconform.protocol.mqtt.fleet.FleetMember;
import org.thingconform.protocol.mqtt.fleet.MqttFleet;
import org.thingconform.protocol.mqtt.fleet.SequencePayloads;
import org.thingconform.shard.ShardSpec;
import org.thingconform.trace.MessageTrace;

/**
 * Carries out {@code mqttFleet}: the fleet's devices connect to the descriptor's MQTT endpoint (TLS when it is
 * secured) with its broker account, publish along the step's load, and one observer times every message; the
 * measurements go to the trace (drawn by the reports) and the verdict is the thresholds'. Progress goes to the
 * {@code org.thingconform.progress} log every few seconds, so a person watching a long fleet sees it move.
 */
public final class MqttFleetExecutor implements StepExecutor<MqttFleetStep> {

    @Override
    public void execute(MqttFleetStep step, ClauseContext context) {
        Endpoint mqtt = context.platform().mqtt();
        if (mqtt == null) {
            throw StepFailure.error("the platform descriptor names no MQTT endpoint (mqtt:), which a fleet connects to");
        }
        String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String fleet = step.location().file().getFileName() + ":" + step.location().line();
        MqttAccount account = context.platform().mqttAccount();
        String username = account == null ? null : account.username();
        String password = account == null ? null : account.password().reveal();
        // a shard drives its own part of the fleet (ShardSpec.slice); merge adds the parts' measurements up
        ShardSpec.Range share = context.shard().map(s -> s.slice(step.devices()))
                .orElse(new ShardSpec.Range(0, step.devices()));
        List<FleetMember> members = new ArrayList<>((int) share.size());
        for (int i = (int) share.from(); i < share.to(); i++) {
            members.add(new FleetMember("tc-" + run + "-f" + i, username, password,
                    step.topic().replace("{run}", run).replace("{device}", String.valueOf(i))));
        }
        FleetMember observer = new FleetMember("tc-" + run + "-observer", username, password, null);
        FleetLoad load = new FleetLoad(step.connectRate(), step.messageRate(), step.duration(), step.qos(), step.drain());
        FleetTrace.recordLoad(context.trace(), fleet, MessageTrace.attributes("devices", String.valueOf(step.devices()),
                "driven", share.from() + ".." + share.to(), "connectRate", FleetProgress.number(step.connectRate()),
                "messageRate", FleetProgress.number(step.messageRate()), "duration", step.duration().toString(),
                "qos", String.valueOf(step.qos()), "payloadSize", String.valueOf(step.payloadSize()),
                "broker", mqtt.tcpUri()), step.expect());
        FleetProgress progress = new FleetProgress(fleet, step.devices());
        progress.started(step.messageRate(), "devices", step.duration().toSeconds(), mqtt.tcpUri());
        MeasuredFleet.judge(context, fleet, step.expect(), progress, () -> new MqttFleet(FleetTargets.of(mqtt), load,
                new SequencePayloads(step.payloadSize())).run(members, observer, step.filter().replace("{run}", run),
                progress::second));
    }
}
