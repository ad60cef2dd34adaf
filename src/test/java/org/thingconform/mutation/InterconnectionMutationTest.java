package org.thingconform.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mutation of the shipped platform-interconnection profile. */
class InterconnectionMutationTest extends ShippedMutationCheck {

    @Override
    List<Path> profileFiles() {
        return List.of(Path.of("test-profiles/platform-interconnection/profile.yaml"));
    }

    @Test
    void eachInterconnectionFaultFailsEveryClauseItDeclares() {
        assertThat(matrix.faults()).extracting(FaultVerdict::fault).contains("accept-wrong-client-secret",
                "list-unshared-devices", "wot-export-as-tsl", "model-export-drifts", "push-unsigned", "no-retry-on-5xx",
                "push-after-unsubscribe", "push-uses-internal-id");
        assertThat(matrix.faults()).allSatisfy(fault -> assertThat(fault.failed())
                .as("clauses %s fails", fault.fault())
                .extracting(f -> f.clause().clauseId()).containsExactlyElementsOf(fault.declared()));
    }
}
