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
import org.thingconform.profile.step.AwaitPushStep;
import org.thingconform.profile.step.PeerQueryHistoryStep;
import org.thingconform.profile.step.PeerSubscribeStep;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.source.BadInputException;

/**
 * The data, subscription and push steps of the shipped interconnection profile as parsed, and a
 * located load error (file:line of the step) for each way such a step can contradict its clause
 * or the thing model.
 */
class PushStepParsingTest {

    private static final Path SHIPPED = Path.of("test-profiles/platform-interconnection/profile.yaml");

    @Test
    void theShippedStepsParseWithTheirParametersApplied() {
        Profile profile = ProfileLoader.load(SHIPPED);
        var history = profile.clause("PI-6.4.2").orElseThrow().steps();
        assertThat(((PostPropertiesStep) history.get(0)).time()).isEqualTo(-5000L);
        PeerQueryHistoryStep query = (PeerQueryHistoryStep) history.get(5);
        assertThat(query.from()).isEqualTo(-4500L);
        assertThat(query.to()).isEqualTo(-2500L);
        assertThat(query.values()).extracting(v -> v.asDouble()).containsExactly(211.5, 212.5);
        var retry = profile.clause("PI-6.5.3").orElseThrow().steps();
        PeerSubscribeStep subscribe = (PeerSubscribeStep) retry.get(0);
        assertThat(subscribe.failFirst()).isEqualTo(2);
        assertThat(subscribe.failStatus()).isEqualTo(503);
        AwaitPushStep push = (AwaitPushStep) retry.get(3);
        assertThat(push.within()).hasSeconds(3);
        assertThat(((AwaitPushStep) profile.clause("PI-6.5.2").orElseThrow().steps().get(2)).signed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown subscription  | 'awaitPush: {subscription: signed-push,' | 'awaitPush: {subscription: signed-pusj,' | names subscription 'signed-pusj', which no earlier peerSubscribe of the clause made (did you mean 'signed-push'?)",
        "no push before cancel | 'peerUnsubscribe: {subscription: cancelled-push}' | 'postProperties: {device: shared-meter-1, values: {voltage: 223.0}}' | expectNoPush watches subscription 'cancelled-push', which the clause has not cancelled",
        "unknown event output  | 'values: {peakVoltage: 251.5}' | 'values: {peakVolts: 251.5}' | awaitPush expects unknown identifier 'peakVolts'",
        "range the wrong way   | 'from: -4500' | 'from: -1500' | the range ends (-2500) before it starts (-1500)",
        "failStatus not 5xx    | 'failStatus: 503' | 'failStatus: 404' | '404' is not a 5xx status",
        "history of a non-prop | 'property: voltage' | 'property: volts' | has no property 'volts'"})
    void aPushOrDataStepThatContradictsItsClauseIsALocatedError(String what, String original, String broken,
                                                              String message, @TempDir Path dir) throws IOException {
        String text = Files.readString(SHIPPED);
        String from = original.replace("'", "");
        assertThat(text).as("the profile holds %s", from).contains(from);
        Path models = Files.createDirectories(dir.resolve("tsl-alink-mqtt"));
        Files.copy(Path.of("test-profiles/tsl-alink-mqtt/smart-meter.tsl.json"), models.resolve("smart-meter.tsl.json"));
        Path file = Files.createDirectories(dir.resolve("pi")).resolve("profile.yaml");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(broken.replace("'", ""))));

        assertThatThrownBy(() -> ProfileLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":")
                .hasMessageContaining(message);
    }
}
