package org.thingconform.protocol.mqtt.fleet;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.ssl.SslHandler;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetSample;

/**
 * Many simulated MQTT devices from one JVM: every member is a non-blocking connection on a few
 * Netty event loop threads (one per core), so 10,000 devices cost 10,000 sockets and some kilobytes
 * each, where a Paho client per device costs threads of its own. The members connect along the
 * load's ramp and publish at its rate; an observer subscribed to the fleet's topics times every
 * message end to end, or, for devices whose platform answers each message (Alink property posts), each
 * member times the answers to its own messages. The codec is Netty's, as for the packet-level client
 * ({@code raw}).
 */
public final class MqttFleet {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration OBSERVER_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_PACKET = 1024 * 1024;

    private final FleetTarget target;
    private final FleetLoad load;
    private final FleetPayloads payloads;

    public MqttFleet(FleetTarget target, FleetLoad load, FleetPayloads payloads) {
        this.target = target;
        this.load = load;
        this.payloads = payloads;
    }

    /**
     * Runs {@code members} against the target with {@code observer} subscribed to {@code filter};
     * {@code progress} gets a sample every second (on a thread of the fleet's). Returns when every
     * message published was delivered or the load's drain time after publishing passed.
     *
     * @throws FleetException when the observer cannot subscribe, so nothing could be measured
     */
    public FleetReport run(List<FleetMember> members, FleetMember observer, String filter,
                           Consumer<FleetSample> progress) {
        return run(members, progress, (loops, meter, channels) -> {
            FleetObserver watcher = new FleetObserver(observer, filter, load.qos(), keepAliveSeconds(), payloads, meter);
            ChannelFuture watching = connect(loops, () -> watcher);
            channels.add(watching.channel());
            watching.addListener(f -> {
                if (!f.isSuccess()) {
                    watcher.failed("the observer could not connect to " + target.host() + ":" + target.port() + ": "
                            + FleetErrors.kind(f.cause()));
                }
            });
            awaitSubscribed(watcher);
        });
    }

    /**
     * Runs {@code members}, each a device whose platform answers every message on the member's {@link
     * FleetMember#replyTopic() reply topic}: a member subscribes to it after its CONNACK and publishes from the SUBACK
     * on, and each answer is its message's delivery, timed from send to answer (a round trip); an answer {@link
     * FleetPayloads#refusal refusing} the message is an error of its kind. No observer: the answers are the measure.
     * Returns when every message was answered or the load's drain time after publishing passed.
     *
     * @throws IllegalArgumentException when a member has no reply topic
     */
    public FleetReport runAnswered(List<FleetMember> members, Consumer<FleetSample> progress) {
        members.stream().filter(m -> m.replyTopic() == null).findFirst().ifPresent(m -> {
            throw new IllegalArgumentException("fleet member " + m.clientId() + " has no reply topic");
        });
        return run(members, progress, (loops, meter, channels) -> { });
    }

    /** What a run prepares before its members connect (its observer, if it has one). */
    @FunctionalInterface
    private interface Preparation {
        void prepare(EventLoopGroup loops, FleetMeter meter, Queue<Channel> channels);
    }

    private FleetReport run(List<FleetMember> members, Consumer<FleetSample> progress, Preparation preparation) {
        int keepAlive = keepAliveSeconds();
        FleetMeter meter = new FleetMeter(members.size());
        EventLoopGroup loops = new NioEventLoopGroup(Math.max(1, Runtime.getRuntime().availableProcessors()));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "fleet-progress");
            thread.setDaemon(true);
            return thread;
        });
        Queue<Channel> channels = new ConcurrentLinkedQueue<>();
        try {
            preparation.prepare(loops, meter, channels);
            long start = System.nanoTime();
            long rampNanos = (long) (members.size() / load.connectsPerSecond() * 1e9);
            FleetClock clock = new FleetClock(start + rampNanos + load.duration().toNanos(), members.size());
            AtomicInteger second = new AtomicInteger();
            ticker.scheduleAtFixedRate(() -> progress.accept(meter.sample(second.incrementAndGet())), 1, 1, TimeUnit.SECONDS);
            for (int i = 0; i < members.size(); i++) {
                int index = i;
                long at = (long) (i / load.connectsPerSecond() * 1e9);
                loops.schedule(() -> {
                    ChannelFuture opened = connect(loops, () -> new FleetConnection(index, members.get(index), load,
                            payloads, meter, clock, keepAlive));
                    channels.add(opened.channel());
                    opened.addListener(f -> {
                        if (!f.isSuccess()) {
                            meter.error(FleetErrors.kind(f.cause()));
                            clock.settled();
                        }
                    });
                }, at, TimeUnit.NANOSECONDS);
            }
            awaitSettled(meter, clock, start + rampNanos);
            awaitDelivery(meter, clock, ticker);
            ticker.shutdownNow();
            meter.sample(second.incrementAndGet());
            clock.stop();
            for (Channel channel : channels) {
                if (channel.isActive()) {
                    channel.writeAndFlush(MqttPackets.disconnect()).addListener(f -> channel.close());
                }
            }
            return meter.report(clock.everConnected());
        } finally {
            ticker.shutdownNow();
            loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private int keepAliveSeconds() {
        return (int) target.keepAlive().toSeconds();
    }

    private ChannelFuture connect(EventLoopGroup loops, Supplier<ChannelHandler> handler) {
        return new Bootstrap().group(loops).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT_TIMEOUT.toMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        if (target.tls() != null) {
                            SSLEngine engine = target.tls().context().createSSLEngine(target.host(), target.port());
                            engine.setUseClientMode(true);
                            engine.setSSLParameters(target.tls().parameters());
                            channel.pipeline().addLast(new SslHandler(engine));
                        }
                        channel.pipeline().addLast(new MqttDecoder(MAX_PACKET), MqttEncoder.INSTANCE, handler.get());
                    }
                })
                .connect(target.host(), target.port());
    }

    private static void awaitSubscribed(FleetObserver watcher) {
        try {
            watcher.subscribed().get(OBSERVER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof FleetException f ? f
                    : new FleetException("the observer could not subscribe: " + FleetErrors.kind(e.getCause()));
        } catch (TimeoutException e) {
            throw new FleetException("the observer got no SUBACK within " + OBSERVER_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FleetException("interrupted while the observer subscribed");
        }
    }

    /** Until every member's attempt has its outcome; the connect and CONNACK timeouts after the ramp at most. */
    private static void awaitSettled(FleetMeter meter, FleetClock clock, long rampEndsAt) {
        try {
            long open = clock.awaitSettled(rampEndsAt + 2 * CONNECT_TIMEOUT.toNanos());
            if (open > 0) {
                meter.error("no CONNACK within " + 2 * CONNECT_TIMEOUT.toSeconds() + " s", open);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Until publishing ended and every message arrived, or the drain time after it passed. */
    private void awaitDelivery(FleetMeter meter, FleetClock clock, ScheduledExecutorService ticker) {
        try {
            // the end of publishing is a point in time: wait for it as for any deadline
            long untilEnd = clock.publishingEndsAt() - System.nanoTime();
            if (untilEnd > 0) {
                ticker.schedule(() -> { }, untilEnd, TimeUnit.NANOSECONDS).get();
            }
            meter.awaitAllDelivered(clock.publishingEndsAt() + load.drain().toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
