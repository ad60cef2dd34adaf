package org.thingconform.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback MQTT 3.1.1 broker that always answers close to what the standard asks, never exactly:
 * a CONNACK for every CONNECT (a second one too), a PUBREC for a QoS 1 PUBLISH, a PUBACK for a
 * SUBSCRIBE, a PINGRESP for a PINGREQ, and every QoS 0 PUBLISH echoed back to its sender as it
 * came. It never closes a connection. For reasons that must name what arrived instead.
 */
final class NearMissBroker implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    NearMissBroker() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "near-miss-broker");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.add(socket);
                Thread reader = new Thread(() -> serve(socket), "near-miss-broker-connection");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void serve(Socket socket) {
        try (socket; DataInputStream in = new DataInputStream(socket.getInputStream())) {
            OutputStream out = socket.getOutputStream();
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return;
                }
                byte[] body = new byte[remainingLength(in)];
                in.readFully(body);
                byte[] answer = answer(first, body);
                if (answer != null) {
                    out.write(answer);
                    out.flush();
                }
            }
        } catch (IOException closed) {
            // the client went away
        }
    }

    private static byte[] answer(int first, byte[] body) {
        return switch (first & 0xF0) {
            case 0x10 -> new byte[] {0x20, 0x02, 0x00, 0x00};                       // CONNECT → CONNACK accepted
            case 0x30 -> publish(first, body);
            case 0x80 -> new byte[] {0x40, 0x02, body[0], body[1]};                 // SUBSCRIBE → PUBACK, its id
            case 0xC0 -> new byte[] {(byte) 0xD0, 0x00};                            // PINGREQ → PINGRESP
            default -> null;
        };
    }

    private static byte[] publish(int first, byte[] body) {
        int qos = (first >> 1) & 0x03;
        if (qos == 0) {
            return packet(first, body); // echoed to its sender
        }
        int topicLength = ((body[0] & 0xFF) << 8) | (body[1] & 0xFF);
        return new byte[] {0x50, 0x02, body[2 + topicLength], body[3 + topicLength]}; // → PUBREC, its id
    }

    private static byte[] packet(int first, byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(first);
        int length = body.length;
        do {
            int digit = length % 128;
            length /= 128;
            bytes.write(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        bytes.writeBytes(body);
        return bytes.toByteArray();
    }

    private static int remainingLength(InputStream in) throws IOException {
        int value = 0;
        int multiplier = 1;
        int digit;
        do {
            digit = in.read();
            if (digit < 0) {
                throw new IOException("closed");
            }
            value += (digit & 0x7F) * multiplier;
            multiplier *= 128;
        } while ((digit & 0x80) != 0);
        return value;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : connections) {
            socket.close();
        }
    }
}
