package org.thingconform.reference;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The reference platform's MQTT listener: a TCP proxy in front of the embedded HiveMQ broker
 * that relays every packet as it is, unless one of the broker faults that HiveMQ's extension
 * API cannot express is on ({@link ProxyClientFaults}, {@link ProxyBrokerFaults}). It cuts the
 * stream into packets by their fixed header only, so whatever HiveMQ does, clients see. Each
 * client connection gets its own connection to the broker, on the same event loop.
 */
final class MqttFaultProxy implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final EventLoopGroup group;
    private final Channel server;

    private MqttFaultProxy(EventLoopGroup group, Channel server) {
        this.group = group;
        this.server = server;
    }

    /**
     * Listens on loopback {@code port} (0 picks a free one) and relays to {@code broker}.
     *
     * @throws IllegalStateException when the port cannot be bound
     */
    static MqttFaultProxy start(int port, InetSocketAddress broker, ProxyClientFaults clientFaults,
                                ProxyBrokerFaults brokerFaults) {
        EventLoopGroup group = new NioEventLoopGroup(2, new DefaultThreadFactory("mqtt-fault-proxy", true));
        ServerBootstrap bootstrap = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.AUTO_READ, false)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        ProxiedConnection connection = new ProxiedConnection(channel);
                        channel.pipeline().addLast(new MqttFrameDecoder(),
                                new ClientSide(connection, broker, clientFaults, brokerFaults));
                    }
                });
        try {
            Channel server = bootstrap.bind(LOOPBACK, port).sync().channel();
            return new MqttFaultProxy(group, server);
        } catch (Exception e) {
            group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw new IllegalStateException("cannot open the MQTT port " + port + " on " + LOOPBACK + ": " + e.getMessage(),
                    e);
        }
    }

    String host() {
        return LOOPBACK;
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** The client's side of one connection: opens the broker side, then relays client packets. */
    private static final class ClientSide extends ChannelInboundHandlerAdapter {

        private final ProxiedConnection connection;
        private final InetSocketAddress broker;
        private final ProxyClientFaults clientFaults;
        private final ProxyBrokerFaults brokerFaults;
        private Channel brokerChannel;

        ClientSide(ProxiedConnection connection, InetSocketAddress broker, ProxyClientFaults clientFaults,
                   ProxyBrokerFaults brokerFaults) {
            this.connection = connection;
            this.broker = broker;
            this.clientFaults = clientFaults;
            this.brokerFaults = brokerFaults;
        }

        @Override
        public void channelActive(ChannelHandlerContext context) {
            Channel client = context.channel();
            Bootstrap bootstrap = new Bootstrap().group(client.eventLoop()).channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(new MqttFrameDecoder(), new BrokerSide(connection, client, brokerFaults));
                        }
                    });
            bootstrap.connect(broker).addListener((ChannelFutureListener) future -> {
                if (future.isSuccess()) {
                    brokerChannel = future.channel();
                    connection.attach(brokerChannel);
                    client.config().setAutoRead(true);
                    client.read();
                } else {
                    client.close();
                }
            });
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof MqttFrame frame) {
                clientFaults.fromClient(connection, frame);
            } else if (brokerChannel != null && brokerChannel.isActive()) {
                brokerChannel.writeAndFlush(message); // bytes that are no MQTT, passed on as they came
            } else {
                ((ByteBuf) message).release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            clientFaults.closed(connection);
            if (brokerChannel != null) {
                brokerChannel.close();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            context.close();
        }
    }

    /** The broker's side of one connection: relays broker packets, closes the client when the broker closes. */
    private static final class BrokerSide extends ChannelInboundHandlerAdapter {

        private final ProxiedConnection connection;
        private final Channel client;
        private final ProxyBrokerFaults brokerFaults;

        BrokerSide(ProxiedConnection connection, Channel client, ProxyBrokerFaults brokerFaults) {
            this.connection = connection;
            this.client = client;
            this.brokerFaults = brokerFaults;
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof MqttFrame frame) {
                brokerFaults.fromBroker(connection, frame);
            } else if (client.isActive()) {
                client.writeAndFlush(message);
            } else {
                ((ByteBuf) message).release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            if (!connection.holdsClientOpen()) {
                // flushed first, so that a last packet (a refusing CONNACK, a DISCONNECT) arrives before the close
                client.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            context.close();
        }
    }
}
