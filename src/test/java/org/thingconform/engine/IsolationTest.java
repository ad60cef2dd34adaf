package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;

/**
 * Which tests may run side by side, for the shipped profiles: those that touch only their own devices or
 * MQTT clients run in lanes; the peer's view and a WoT Thing are shared; two profiles run side by side
 * when they share no device role, at most one uses a shared view, and neither has a clause that runs alone.
 */
class IsolationTest {

    private static final Profile TSL = load("test-profiles/tsl-alink-mqtt/profile.yaml");
    private static final Profile BROKER = load("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml");
    private static final Profile INTERCONNECTION = load("test-profiles/platform-interconnection/profile.yaml");
    private static final Profile WOT = load("test-profiles/wot-td/profile.yaml");

    @Test
    void devicesAndNamedClientsRunInLanesSharedViewsDoNot() {
        assertThat(Isolation.byLane(TSL)).isTrue();
        assertThat(Isolation.byLane(BROKER)).isTrue();
        assertThat(Isolation.byLane(INTERCONNECTION)).as("devices shared with the peer, peer steps").isFalse();
        assertThat(Isolation.byLane(WOT)).as("one WoT Thing for every test").isFalse();
    }

    @Test
    void profilesRunSideBySideUnlessTheyShareARoleOrBothUseASharedView() {
        assertThat(Isolation.apart(TSL, BROKER)).isTrue();
        assertThat(Isolation.apart(TSL, INTERCONNECTION)).isTrue();
        assertThat(Isolation.apart(TSL, WOT)).isTrue();
        assertThat(Isolation.apart(INTERCONNECTION, WOT)).as("both use a view every test shares").isFalse();
        assertThat(Isolation.apart(TSL, TSL)).as("the same device roles").isFalse();
    }

    @Test
    void aProfileWithAClauseThatRunsAloneRunsAlone(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("mqtt-3.1.1.profile.yaml");
        String marked = "  - id: MQTT-3.2.2-1\n    level: MUST\n";
        Files.writeString(copy, Files.readString(Path.of("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml"))
                .replace(marked, marked + "    exclusive: true\n"));
        Profile exclusive = ProfileLoader.load(copy);

        assertThat(Isolation.apart(exclusive, TSL)).isFalse();
        assertThat(Isolation.apart(TSL, exclusive)).isFalse();
    }

    private static Profile load(String file) {
        return ProfileLoader.load(Path.of(file));
    }
}
