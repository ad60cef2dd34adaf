// A platform that accepts TCP connections on loopback and never answers, for
// scripts/bench-silent-listener: java scripts/bench/SilentListener.java
// Prints "listening: PORT" once it listens; holds every connection open without a byte; on
// SIGTERM prints "accepted: N", the number of connections it took.
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

public class SilentListener {
    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        AtomicInteger accepted = new AtomicInteger();
        List<Socket> held = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("accepted: " + accepted.get())));
        System.out.println("listening: " + server.getLocalPort());
        System.out.flush();
        while (true) {
            held.add(server.accept());
            accepted.incrementAndGet();
        }
    }
}
