// Starts HiveMQ Community Edition (embedded, from Maven Central) as a stand-alone broker for
// scripts/real-sut/hivemq.sh: java -cp "target/lib/*" scripts/real-sut/HiveMqCe.java STATE_DIR
// The state folder holds conf/config.xml (written by the script), data/ and extensions/.
// Runs until killed; a shutdown hook stops the broker.
import com.hivemq.embedded.EmbeddedHiveMQ;
import java.nio.file.Files;
import java.nio.file.Path;

public class HiveMqCe {
    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[0]);
        Files.createDirectories(state.resolve("data"));
        Files.createDirectories(state.resolve("extensions"));
        EmbeddedHiveMQ hivemq = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(state.resolve("conf"))
                .withDataFolder(state.resolve("data"))
                .withExtensionsFolder(state.resolve("extensions"))
                .build();
        hivemq.start().join();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> hivemq.stop().join()));
        System.out.println("hivemq-ce started");
        Thread.currentThread().join();
    }
}
