package org.thingconform.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mutation of the shipped TSL profile over its four bindings. */
class TslMutationTest extends ShippedMutationCheck {

    @Override
    List<Path> profileFiles() {
        return List.of(Path.of("test-profiles/tsl-alink-mqtt/profile.yaml"));
    }

    @Test
    void acceptOutOfRangeFailsExactlyTheOutOfRangeClauses() {
        FaultVerdict fault = fault("accept-out-of-range");

        assertThat(fault.failed()).extracting(f -> f.clause().clauseId()).containsExactly("TM-5.2.3", "TM-6.1.2");
        assertThat(fault.failed().get(0).reason()).contains("expected reply code 6306");
        assertThat(fault.failed().get(1).reason()).containsPattern("^6 of \\d+ generated cases did not pass")
                .contains("invalid.below-min").doesNotContain("numeric-string");
    }

    @Test
    void wrongReplyIdFailsOnlyClausesThatCheckTheAcknowledgement() {
        FaultVerdict fault = fault("wrong-reply-id");

        assertThat(fault.failed()).extracting(f -> f.clause().clauseId())
                .containsExactly("TM-5.2.1", "TM-6.1.1", "TM-7.1.2", "TM-7.2.1");
        assertThat(fault.failed()).allSatisfy(f -> assertThat(f.reason()).contains("expected the reply to echo request id"));
    }
}
