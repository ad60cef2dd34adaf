package org.thingconform.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SHA256SUMS as coreutils writes and reads it. */
class Sha256SumsTest {

    @Test
    void listsEveryFileButTheManifestAndItsSignatureSortedInTheCoreutilsFormat(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("reports/junit"));
        Files.writeString(dir.resolve("reports/junit/TEST-x.xml"), "<x/>");
        Files.writeString(dir.resolve("a b.txt"), "abc");
        Files.writeString(dir.resolve(Sha256Sums.SIGNATURE), "not listed");

        Sha256Sums sums = Sha256Sums.write(dir);

        String text = Files.readString(dir.resolve(Sha256Sums.FILE_NAME));
        assertThat(text).isEqualTo(sums.text()).isEqualTo(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a b.txt\n"
                + FileDigest.sha256("<x/>".getBytes(StandardCharsets.UTF_8)) + "  reports/junit/TEST-x.xml\n");
        assertThat(Sha256Sums.parse(text.getBytes(StandardCharsets.UTF_8), "SHA256SUMS")).isEqualTo(sums);
    }

    @Test
    void aLineThatIsNotADigestAndAPathIsAnErrorNamingIt() {
        byte[] text = ("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a.txt\n"
                + "abc  b.txt\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Sha256Sums.parse(text, "x/SHA256SUMS"))
                .hasMessageStartingWith("x/SHA256SUMS:2: error: not a SHA256SUMS line");
    }
}
