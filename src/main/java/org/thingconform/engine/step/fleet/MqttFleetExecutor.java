package org.thingconform.engine.step.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.measure.FleetJudgement;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetSample;
import org.thingconform.measure.FleetTrace;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.MqttAccount;
import org.thingconform.profile.step.MqttFleetStep;
import org.thingconform.protocol.mqtt.fleet.FleetException;
import org.thingconform.protocol.mqtt.fleet.FleetLoad;
import org.thingconform.protocol.mqtt.fleet.FleetMember;
import org.thingconform.protocol.mqtt.fleet.FleetTarget;
import org.thingconform.protocol.mqtt.fleet.MqttFleet;
import org.thingconform.protocol.mqtt.fleet.SequencePayloads;
import org.thingconform.protocol.tls.TlsContexts;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.shard.ShardSpec;
import org.thingconform.trace.MessageTrace;

/**
 * Carries out {@code mqttFleet}: the fleet's devices connect to the descriptor's MQTT endpoint (TLS when it is
 * secured) with its broker account, publish along the step's load, and one observer times every message; the
 * measurements go to the trace (drawn by the reports) and the verdict is the thresholds'. Progress goes to the
 * {@code org.thingconform.progress} log every few seconds, so a person watching a long fleet sees it move.
 */
public final class MqttFleetExecutor implements StepExecutor<MqttFleetStep> {

    private static final Logger PROGRESS = LoggerFactory.getLogger("org.thingconform.progress");
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(60);
    private static final int PROGRESS_EVERY_SECONDS = 5;

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
                "driven", share.from() + ".." + share.to(), "connectRate", number(step.connectRate()),
                "messageRate", number(step.messageRate()), "duration", step.duration().toString(),
                "qos", String.valueOf(step.qos()), "payloadSize", String.valueOf(step.payloadSize()),
                "broker", mqtt.tcpUri()), step.expect());
        PROGRESS.info("fleet {}: {} devices {} for {} s against {}", fleet, step.devices(), step.messageRate() == 0
                ? "connect and stay connected" : "at " + number(step.messageRate()) + " msg/s each",
                step.duration().toSeconds(), mqtt.tcpUri());
        FleetReport report;
        try {
            report = new MqttFleet(target(mqtt), load, new SequencePayloads(step.payloadSize()))
                    .run(members, observer, step.filter().replace("{run}", run), sample -> progress(fleet, step, sample));
        } catch (FleetException e) {
            throw StepFailure.inconclusive("the fleet could not measure: " + e.getMessage());
        }
        FleetTrace.record(context.trace(), fleet, report);
        PROGRESS.info("fleet {}: done: {}", fleet, FleetJudgement.summary(report));
        FleetJudgement.failure(step.expect(), report).ifPresent(reason -> {
            throw StepFailure.fail(reason);
        });
    }

    private static FleetTarget target(Endpoint mqtt) {
        if (!mqtt.secure()) {
            return new FleetTarget(mqtt.host(), mqtt.port(), KEEP_ALIVE);
        }
        TlsSettings settings = mqtt.tls();
        SSLContext context = TlsContexts.client(settings, new TlsObservation());
        return new FleetTarget(mqtt.host(), mqtt.port(), KEEP_ALIVE, new FleetTarget.Tls(context,
                TlsContexts.parameters(context, settings, mqtt.host())));
    }

    private static void progress(String fleet, MqttFleetStep step, FleetSample sample) {
        if (sample.second() % PROGRESS_EVERY_SECONDS == 0) {
            PROGRESS.info("fleet {}: {} s, connected {}/{}, published {} msg/s, delivered {} msg/s, p99 {}", fleet,
                    sample.second(), sample.connected(), step.devices(), sample.published(), sample.delivered(),
                    FleetTrace.millis(sample.p99Micros()));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
