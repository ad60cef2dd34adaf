package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Device-side and peer steps name what arrived when what they await does not: a reply that does
 * not belong to the request, a downlink on another flow's topic, pushes the callback failed. Run
 * against the reference platform, with copies of the shipped profiles changed only where a near
 * miss needs it.
 */
class DeviceNearMissReasonTest {

    @TempDir
    Path dir;

    @Test
    void aReplyWithAnotherIdThatTheBindingDoesNotTakeIsNamed() throws IOException {
        // the binding takes only replies that echo the request id; the fault answers with another id
        Path profile = tslCopy("        method: thing.event.property.post\n",
                "        method: thing.event.property.post\n        replyMatch: {/id: \"{id}\"}\n");

        String reason = reasons(profile, "TM-5.2.1", "wrong-reply-id").get("TM-5.2.1");

        assertThat(reason).containsPattern("expected a reply on /sys/[^/]+/[^/]+/thing/event/property/post_reply within "
                + "the reply timeout; observed none; the device received instead: '\\{[^']*\"id\":\"\\d+\"[^']*\\}' on "
                + "/sys/[^/]+/[^/]+/thing/event/property/post_reply \\[step postProperties");
    }

    @Test
    void aDownlinkOnAnotherFlowsTopicIsNamed() throws IOException {
        // the property set goes out as usual; the step waits for a readHistory call instead
        Path profile = tslCopy("      - awaitDownlink:\n          device: meter\n          flow: propertySet\n",
                "      - awaitDownlink:\n          device: meter\n          flow: service\n          service: readHistory\n");

        String reason = reasons(profile, "TM-5.3.1", "").get("TM-5.3.1");

        assertThat(reason).containsPattern("expected a downlink request on /sys/[^/]+/[^/]+/thing/service/readHistory "
                + "within the reply timeout; observed none; the device received instead: '\\{[^']*\"reportInterval\":300"
                + "[^']*\\}' on /sys/[^/]+/[^/]+/thing/service/property/set \\[step awaitDownlink");
    }

    @Test
    void awaitPushNamesTheDeliveriesTheCallbackFailedCutToTheirFirstCharacters() {
        String reason = reasons(Path.of("test-profiles/platform-interconnection/profile.yaml"), "PI-6.5.3",
                "no-retry-on-5xx").get("PI-6.5.3");

        assertThat(reason).containsPattern("expected a push of property values \\{\"voltage\":225.5\\} to the peer's "
                + "callback within 3000 ms; observed only a delivery the callback failed on purpose \\(HTTP 503\\) "
                + "'\\{[^']*225.5[^']*…'; a delivery the callback failed on purpose \\(HTTP 503\\) '\\{[^']*226.5[^']*…' "
                + "\\(2 in all, answered \\[503, 503\\]\\) \\[step awaitPush");
    }

    /** A copy of the shipped TSL profile (with its thing models) with a shorter reply timeout and one change. */
    private Path tslCopy(String from, String to) throws IOException {
        Path shipped = Path.of("test-profiles/tsl-alink-mqtt");
        try (Stream<Path> files = Files.list(shipped)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Path profile = dir.resolve("profile.yaml");
        String text = Files.readString(profile);
        assertThat(text).contains(from).contains("  reply: 5s\n");
        return Files.writeString(profile, text.replace("  reply: 5s\n", "  reply: 1s\n").replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private Map<String, String> reasons(Path profile, String clause, String faults) {
        return EngineRuns.reasons(EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(profile.toFile()))
                .configurationParameter(EngineConfig.CLAUSES, clause)
                .configurationParameter(EngineConfig.FAULTS, faults)
                .configurationParameter(EngineConfig.REPORTS_DIR, dir.resolve("reports").toString())
                .execute());
    }
}
