// One fleet measurement for scripts/bench-fleet: N simulated MQTT devices publishing at a rate
// against a broker, with an observer subscribed to their topics; prints one line of figures.
//   java -Xmx2g -cp "target/classes:target/lib/*" scripts/bench/FleetBench.java \
//        MODE HOST PORT USER PASSWORD-FILE DEVICES RATE DURATION-S RAMP-PER-S
// MODE netty: ThingConform's fleet (protocol/mqtt/fleet: non-blocking connections on one event loop
// per core). MODE paho: a plain loop of Eclipse Paho clients, one MqttAsyncClient per device, as a
// suite built on Paho alone would do it; the same observer measures both.
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.thingconform.measure.FleetReport;
import org.thingconform.protocol.mqtt.fleet.FleetLoad;
import org.thingconform.protocol.mqtt.fleet.FleetMember;
import org.thingconform.protocol.mqtt.fleet.FleetTarget;
import org.thingconform.protocol.mqtt.fleet.MqttFleet;
import org.thingconform.protocol.mqtt.fleet.SequencePayloads;

public class FleetBench {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String host = args[1];
        int port = Integer.parseInt(args[2]);
        String user = args[3];
        String password = Files.readString(Path.of(args[4])).strip();
        int devices = Integer.parseInt(args[5]);
        double rate = Double.parseDouble(args[6]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[7]));
        double ramp = Double.parseDouble(args[8]);
        String run = Long.toHexString(System.nanoTime());
        List<FleetMember> members = IntStream.range(0, devices).mapToObj(i -> new FleetMember("bench-" + run + "-" + i,
                user, password, "bench/" + run + "/" + i)).toList();
        FleetMember observer = new FleetMember("bench-" + run + "-observer", user, password, null);
        FleetTarget target = new FleetTarget(host, port, Duration.ofSeconds(60));
        FleetLoad load = new FleetLoad(ramp, rate, duration, 0, Duration.ofSeconds(10));
        long cpuBefore = cpuNanos();
        long started = System.nanoTime();
        Figures figures = mode.equals("paho") ? PahoLoop.run(host, port, user, password, members, load)
                : netty(target, load, members, observer, "bench/" + run + "/+");
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (cpuNanos() - cpuBefore) / 1e9;
        long heapMiB = peakHeapBytes() / (1024 * 1024);
        double cores = cpu / seconds;
        System.out.printf("%-5s devices %6d connected %6d published %9d delivered %9d (%.3f %%) latency %s"
                        + " | cpu %.1f s over %.1f s = %.2f cores, peak heap %d MiB, peak threads %d"
                        + " | devices per core %.0f, per GiB of heap %.0f | errors %s%n",
                mode, devices, figures.connected, figures.published, figures.delivered,
                figures.published == 0 ? 100.0 : 100.0 * figures.delivered / figures.published, figures.latency,
                cpu, seconds, cores, heapMiB, ManagementFactory.getThreadMXBean().getPeakThreadCount(),
                figures.connected / Math.max(cores, 0.01), figures.connected / Math.max(heapMiB / 1024.0, 0.001),
                figures.errors);
        System.exit(0);
    }

    record Figures(int connected, long published, long delivered, String latency, String errors) {
    }

    static Figures netty(FleetTarget target, FleetLoad load, List<FleetMember> members, FleetMember observer,
                         String filter) {
        FleetReport report = new MqttFleet(target, load, new SequencePayloads(64)).run(members, observer, filter,
                sample -> {
                    if (sample.second() % 10 == 0) {
                        System.err.printf("  %4d s  connected %6d  %8d msg/s out  %8d msg/s in  p99 %7.1f ms%n",
                                sample.second(), sample.connected(), sample.published(), sample.delivered(),
                                sample.p99Micros() / 1000.0);
                    }
                });
        return new Figures(report.connected(), report.published(), report.delivered(),
                String.format("p50 %.1f ms p95 %.1f ms p99 %.1f ms max %.1f ms", report.latencyMicros(50) / 1000.0,
                        report.latencyMicros(95) / 1000.0, report.latencyMicros(99) / 1000.0,
                        report.maxLatencyMicros() / 1000.0), report.errors().toString());
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /**
     * One Paho client per device, connected along the ramp, publishing at the rate from a shared
     * timer; a Paho subscriber counts each message once (no latency: Paho gives no hook to time it).
     */
    static final class PahoLoop {

        static Figures run(String host, int port, String user, String password, List<FleetMember> members,
                           FleetLoad load) throws Exception {
            String uri = "tcp://" + host + ":" + port;
            SequencePayloads payloads = new SequencePayloads(64);
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            AtomicInteger connected = new AtomicInteger();
            AtomicLong published = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            MqttAsyncClient observer = new MqttAsyncClient(uri, members.get(0).clientId() + "-observer", new MemoryPersistence());
            observer.connect(options(user, password)).waitForCompletion(10_000);
            String filter = members.get(0).topic().substring(0, members.get(0).topic().lastIndexOf('/')) + "/+";
            observer.subscribe(filter, 0, (topic, message) -> payloads.decode(topic, message.getPayload())
                    .ifPresent(key -> seen.add(((long) key.member() << 32) | key.sequence()))).waitForCompletion(10_000);
            ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
            List<MqttAsyncClient> clients = new ArrayList<>();
            long endAt = System.nanoTime() + (long) (members.size() / load.connectsPerSecond() * 1e9)
                    + load.duration().toNanos();
            for (int i = 0; i < members.size(); i++) {
                int index = i;
                timer.schedule(() -> {
                    try {
                        MqttAsyncClient client = new MqttAsyncClient(uri, members.get(index).clientId(),
                                new MemoryPersistence());
                        synchronized (clients) {
                            clients.add(client);
                        }
                        client.connect(options(user, password), null, new IMqttActionListener() {
                            @Override
                            public void onSuccess(IMqttToken token) {
                                connected.incrementAndGet();
                                long[] sequence = {0};
                                timer.scheduleAtFixedRate(() -> {
                                    if (System.nanoTime() < endAt && client.isConnected()) {
                                        try {
                                            client.publish(members.get(index).topic(),
                                                    payloads.encode(index, sequence[0]++), 0, false);
                                            published.incrementAndGet();
                                        } catch (Exception e) {
                                            errors.incrementAndGet();
                                        }
                                    }
                                }, 0, (long) (1e9 / load.messagesPerSecond()), TimeUnit.NANOSECONDS);
                            }

                            @Override
                            public void onFailure(IMqttToken token, Throwable cause) {
                                errors.incrementAndGet();
                            }
                        });
                    } catch (Exception | OutOfMemoryError e) {
                        errors.incrementAndGet();
                    }
                }, (long) (i / load.connectsPerSecond() * 1e9), TimeUnit.NANOSECONDS);
            }
            long reportedAt = System.nanoTime();
            while (System.nanoTime() < endAt + load.drain().toNanos()
                    && (System.nanoTime() < endAt || seen.size() < published.get())) {
                Thread.sleep(100); // a benchmark's progress loop, not the suite's
                if (System.nanoTime() - reportedAt >= 10_000_000_000L) {
                    reportedAt = System.nanoTime();
                    System.err.printf("  connected %6d  published %9d  delivered %9d  threads %d%n", connected.get(),
                            published.get(), seen.size(), ManagementFactory.getThreadMXBean().getThreadCount());
                }
            }
            timer.shutdownNow();
            Figures figures = new Figures(connected.get(), published.get(), seen.size(), "not timed (Paho)",
                    errors.get() == 0 ? "{}" : "{client errors=" + errors.get() + "}");
            // the clients are left to the JVM's exit: closing 10,000 Paho clients one by one takes minutes
            return figures;
        }

        private static MqttConnectOptions options(String user, String password) {
            MqttConnectOptions options = new MqttConnectOptions();
            options.setUserName(user);
            options.setPassword(password.toCharArray());
            options.setCleanSession(true);
            options.setKeepAliveInterval(60);
            options.setMaxInflight(1000);
            return options;
        }
    }
}
