package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.profile.step.PeerListDevicesStep;
import org.thingconform.profile.step.PeerRequestStep;
import org.thingconform.source.BadInputException;

/**
 * The peer steps of the interconnection profile: parameters become status lists and page
 * sizes, sharing is declared per device role, and a step that contradicts the declared
 * sharing is a located error at load time.
 */
class PeerStepParsingTest {

    private static final Path SHIPPED = Path.of("test-profiles/platform-interconnection/profile.yaml");

    @Test
    void theShippedProfileDeclaresSharingAndSubstitutesItsParameters() {
        Profile profile = ProfileLoader.load(SHIPPED);

        assertThat(profile.sharedRoles()).containsExactlyInAnyOrder("shared-meter-1", "shared-meter-2", "shared-meter-3");
        assertThat(profile.sharedWithPeer("private-meter")).isFalse();
        PeerRequestStep expired = (PeerRequestStep) profile.clause("PI-5.1.3").orElseThrow().steps().get(0);
        assertThat(expired.token()).isEqualTo(PeerRequestStep.Token.EXPIRED);
        assertThat(expired.refusedStatus()).containsExactly(401, 403);
        PeerListDevicesStep listing = (PeerListDevicesStep) profile.clause("PI-6.1.1").orElseThrow().steps().get(0);
        assertThat(listing.pageSize()).isEqualTo(2);
        assertThat(listing.listed()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "listed but not shared | 'listed: [shared-meter-1, shared-meter-2, shared-meter-3]' | 'listed: [shared-meter-1, private-meter]' | 143:38 | device role 'private-meter' is not declared sharedWithPeer: true",
        "unlisted but shared   | 'notListed: [private-meter]'       | 'notListed: [shared-meter-2]'      | 155:25 | is declared sharedWithPeer: true, so the platform must list it",
        "control of unshared   | 'device: private-meter\n          values: {reportInterval: 120}\n          expect: refused' | 'device: private-meter\n          values: {reportInterval: 120}\n          expect: accepted' | 209:19 | expects the peer to reach device role 'private-meter', which is not declared sharedWithPeer: true",
        "success as refusal    | 'status: \"${tokenRefusedStatus}\"' | 'status: 200'                      | 112:66 | '200' is not an HTTP error status",
        "unknown token         | 'token: expired'                   | 'token: stale'                     | 131:54 | unknown token 'stale'",
        "saveAs on a refusal   | 'params: {days: 3}\n          expect: refused' | 'params: {days: 3}\n          saveAs: nothing\n          expect: refused' | 217:19 | a refused call has no result to wait for",
        "sharing not boolean   | 'model: smart-meter\n    sharedWithPeer: true\n  shared-meter-2:' | 'model: smart-meter\n    sharedWithPeer: yes-please\n  shared-meter-2:' | 25:21 | 'sharedWithPeer' must be true or false"})
    void aPeerStepThatContradictsTheProfileIsALocatedError(String what, String original, String broken, String position,
                                                          String message, @TempDir Path dir) throws IOException {
        String text = Files.readString(SHIPPED);
        String from = original.replace("'", "").replace("\\n", "\n");
        assertThat(text).as("the profile holds %s", from).contains(from);
        Path models = Files.createDirectories(dir.resolve("tsl-alink-mqtt"));
        Files.copy(Path.of("test-profiles/tsl-alink-mqtt/smart-meter.tsl.json"), models.resolve("smart-meter.tsl.json"));
        Path file = Files.createDirectories(dir.resolve("pi")).resolve("profile.yaml");
        Files.writeString(file, text.replace(from, broken.replace("'", "").replace("\\n", "\n")));

        assertThatThrownBy(() -> ProfileLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":" + position + ":")
                .hasMessageContaining(message);
    }
}
