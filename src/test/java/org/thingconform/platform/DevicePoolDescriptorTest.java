package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.source.BadInputException;

/**
 * A descriptor's device role may name a pool of more devices (a list, or a numbered pattern), so that
 * tests can run side by side each with a device of its own; a broken pool is a located error.
 */
class DevicePoolDescriptorTest {

    private static final String HEAD = """
            name: a platform
            mqtt: {host: broker.example.com, port: 8883}
            devices:
              meter:
                productKey: pk1
                deviceName: meter-001
                deviceSecret: {env: METER_SECRET}
            """;
    private static final Map<String, String> ENV = Map.of("METER_SECRET", "s0", "METER_002_SECRET", "s2",
            "METER_3_SECRET", "s3", "METER_4_SECRET", "s4", "OTHER", "x");

    @Test
    void aListedPoolInheritsTheProductKeyAndGivesOneLanePerDevice(@TempDir Path dir) throws Exception {
        PlatformDescriptor d = load(dir, HEAD + """
                    pool:
                      - {deviceName: meter-002, deviceSecret: {env: METER_002_SECRET}}
                      - {productKey: pk2, deviceName: meter-x, deviceSecret: {env: OTHER}}
                """);

        assertThat(d.pools().get("meter")).extracting(DeviceIdentity::productKey, DeviceIdentity::deviceName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pk1", "meter-002"),
                        org.assertj.core.groups.Tuple.tuple("pk2", "meter-x"));
        assertThat(d.device("meter", 1).deviceSecret().reveal()).isEqualTo("s2");
        assertThat(d.device("meter", 0).deviceName()).isEqualTo("meter-001");
        assertThat(d.device("meter", 3)).isNull();
        assertThat(d.lanes(List.of("meter"))).isEqualTo(3);
        assertThat(d.lanes(List.of())).isEqualTo(1);
    }

    @Test
    void aPatternedPoolNumbersNamesAndSecrets(@TempDir Path dir) throws Exception {
        PlatformDescriptor d = load(dir, HEAD + """
                    pool: {count: 2, first: 3, deviceName: "meter-{n:3}", deviceSecret: {env: "METER_{n}_SECRET"}}
                """);

        assertThat(d.pools().get("meter")).extracting(DeviceIdentity::deviceName).containsExactly("meter-003", "meter-004");
        assertThat(d.pools().get("meter")).extracting(i -> i.deviceSecret().reveal()).containsExactly("s3", "s4");
        assertThat(DescriptorView.masked(d).toString()).contains("pool=[pk1/meter-003, pk1/meter-004]")
                .doesNotContain("s3");
    }

    @Test
    void aRoleWithoutAPoolHasOneLaneAndTheSmallestPoolDecides(@TempDir Path dir) throws Exception {
        PlatformDescriptor d = load(dir, HEAD + """
                    pool: {count: 2, deviceName: "meter-p{n}", deviceSecret: {env: OTHER}}
                  lamp: {productKey: pk9, deviceName: lamp-1, deviceSecret: {env: OTHER}}
                """);

        assertThat(d.lanes(List.of("meter"))).isEqualTo(3);
        assertThat(d.lanes(List.of("meter", "lamp"))).isEqualTo(1);
    }

    @Test
    void aPatternWithoutANumberIsALocatedError(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, HEAD + """
                    pool: {count: 2, deviceName: "meter", deviceSecret: {env: OTHER}}
                """)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.yaml:8:")
                .hasMessageContaining("has no {n}");
    }

    @Test
    void aCountBelowOneIsALocatedError(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, HEAD + """
                    pool: {count: 0, deviceName: "m{n}", deviceSecret: {env: OTHER}}
                """)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.yaml:8:")
                .hasMessageContaining("1 to 10000");
    }

    @Test
    void aDeviceTwiceInARoleIsALocatedError(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, HEAD + """
                    pool:
                      - {deviceName: meter-001, deviceSecret: {env: OTHER}}
                """)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.yaml:9:")
                .hasMessageContaining("'meter-001' stands twice");
    }

    private static PlatformDescriptor load(Path dir, String yaml) throws Exception {
        return DescriptorLoader.load(Files.writeString(dir.resolve("p.yaml"), yaml), ENV::get);
    }
}
