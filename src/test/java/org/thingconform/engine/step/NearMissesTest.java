package org.thingconform.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.Secret;
import org.thingconform.protocol.ReceivedMessage;

/** What arrived instead is bounded: three candidates, 120 characters of each payload, secrets masked. */
class NearMissesTest {

    @Test
    void atMostThreeCandidatesAreNamedAndTheRestCounted() {
        assertThat(NearMisses.list(List.of("a", "b"))).isEqualTo("a; b");
        assertThat(NearMisses.list(List.of("a", "b", "c", "d", "e"))).isEqualTo("a; b; c; and 2 more");
    }

    @Test
    void aLongPayloadIsCutAndSecretMembersAreMasked() {
        assertThat(NearMisses.quote("y".repeat(121))).isEqualTo("'" + "y".repeat(120) + "…'");
        assertThat(NearMisses.quote("{\"id\":\"7\",\"token\":\"s3cret-t0ken\"}"))
                .contains("\"id\":\"7\"").contains(Secret.MASK).doesNotContain("s3cret-t0ken");
    }

    @Test
    void unclaimedMessagesAreNamedWithTheirTopicOrNotAtAll() {
        assertThat(NearMisses.receivedInstead(List.of())).isEmpty();
        assertThat(NearMisses.receivedInstead(List.of(new ReceivedMessage("/a/reply", "{\"id\":\"9\"}", 1, false, 3,
                Instant.now())))).isEqualTo("; the device received instead: '{\"id\":\"9\"}' on /a/reply");
    }
}
