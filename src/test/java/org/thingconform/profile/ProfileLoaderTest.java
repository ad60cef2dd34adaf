package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.profile.step.AwaitDownlinkStep;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.result.Level;
import org.thingconform.source.BadInputException;

/** Loading profiles: the shipped one loads whole; broken ones give located messages. */
class ProfileLoaderTest {

    private static final Path BROKEN = Path.of("src/test/resources/profiles/broken");

    @Test
    void theShippedProfileLoadsWithItsClausesModelsAndParameters() {
        Profile profile = ProfileLoader.load(Path.of("test-profiles/tsl-alink-mqtt/profile.yaml"));

        assertThat(profile.id()).isEqualTo("tsl-alink-mqtt");
        assertThat(profile.standard().status()).isEqualTo("draft");
        assertThat(profile.clauses()).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(c -> assertThat(c.level()).isEqualTo(Level.MUST));
        assertThat(profile.modelOf("meter").productKey()).isEqualTo("tcSmartMeter1");
        Clause outOfRange = profile.clause("TM-5.2.3").orElseThrow();
        PostPropertiesStep post = (PostPropertiesStep) outOfRange.steps().get(0);
        assertThat(post.expect().code()).as("parameter substituted with its type").isEqualTo(6306);
        assertThat(outOfRange.given()).hasSize(2);
        assertThat(profile.clause("TM-5.5.1").orElseThrow().steps().get(1)).isInstanceOf(AwaitDownlinkStep.class);
        assertThat(profile.sha256()).hasSize(64);
    }

    @Test
    void aTimeoutMayBeAParameterThatAnIxitSets() {
        Path broker = Path.of("test-profiles/mqtt-broker/mqtt-5.0.profile.yaml");

        assertThat(ProfileLoader.load(broker).timeouts().reply()).isEqualTo(Duration.ofSeconds(5));
        assertThat(ProfileLoader.load(broker, Map.of("replyTimeout", TextNode.valueOf("750ms"))).timeouts().reply())
                .isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void thingModelsLoadFromEachFormat() {
        Profile profile = ProfileLoader.load(Path.of("src/test/resources/profiles/formats/three-formats.profile.yaml"));

        assertThat(profile.models()).containsOnlyKeys("tsl", "wot", "native");
        assertThat(profile.models().get("wot")).isEqualTo(profile.models().get("tsl"));
        assertThat(profile.models().get("native")).isEqualTo(profile.models().get("tsl"));
        assertThat(profile.modelOf("meter").productKey()).isEqualTo("tcSmartMeter1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown-step-key.profile.yaml   | 27 | unknown key 'valeus' in step 'postProperties' (did you mean 'values'?)",
        "unknown-device.profile.yaml     | 26 | unknown device role 'metre'",
        "unknown-property.profile.yaml   | 27 | unknown identifier 'voltag'",
        "bad-level.profile.yaml          | 22 | unknown level 'MUSTN'T'",
        "duplicate-clause.profile.yaml   | 28 | duplicate clause id 'C-1'",
        "unknown-parameter.profile.yaml  | 28 | unknown parameter 'nope'",
        "no-steps.profile.yaml           | 24 | has no steps, so it can never reach a verdict",
        "missing-model-file.profile.yaml |  4 | thing-model file not found",
        "not-yaml.profile.yaml           | 24 | not valid YAML",
        "unknown-model-format.profile.yaml | 4 | unsupported thing-model format 'dtdl'; expected tsl-json, wot-tm, yaml or lwm2m-ddf",
        "message-id-in-uplink.profile.yaml | 17 | unknown placeholder {messageId}",
        "timed-out-without-status.profile.yaml | 26 | expect: timedOut needs the northbound status a timed-out call answers",
        "sync-call-not-shorter.profile.yaml | 23 | is not shorter than the northbound timeout",
        "coap-without-transport.profile.yaml | 9 | transport",
        "mqtt-with-transport.profile.yaml | 11 | a 'mqtt' binding takes no transport settings",
        "response-topics-on-mqtt3.profile.yaml | 11 | Response Topic and Correlation Data are MQTT 5 properties; binding 'b' is mqtt",
        "coap-command-per-service.profile.yaml | 21 | varies per message ({identifier}), so a device cannot observe or poll it",
        "http-token-in-query.profile.yaml | 11 | unknown key 'query' in token",
        "token-none-without-response-code.profile.yaml | 28 | a post with token 'none' needs the response codes it must get",
    })
    void aBrokenProfileGivesALocatedMessage(String file, int line, String message) {
        Path path = BROKEN.resolve(file);

        BadInputException error = catchThrowableOfType(BadInputException.class, () -> ProfileLoader.load(path));

        assertThat(error).isNotNull();
        assertThat(error.location()).isNotNull();
        assertThat(error.location().file()).isEqualTo(path);
        assertThat(error.location().line()).isEqualTo(line);
        assertThat(error.getMessage()).startsWith(path + ":" + line + ":").contains(": error: ").contains(message);
    }
}
