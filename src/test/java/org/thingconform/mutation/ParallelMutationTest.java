package org.thingconform.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;

/**
 * The mutation on several workers (the second one a reference process) gives the matrix of the
 * mutation on one platform: the same baseline, the same faults in the same order, each failing,
 * leaving inconclusive and missing the same clauses for the same reasons.
 */
class ParallelMutationTest {

    @Test
    void twoWorkersGiveTheMatrixOfOne() {
        Map<String, JsonNode> ixit = Map.of("quietPeriod", TextNode.valueOf("300ms"), "replyTimeout", TextNode.valueOf("2s"));
        List<Profile> profiles = List.of(ProfileLoader.load(Path.of("test-profiles/wot-td/profile.yaml"), ixit));
        List<String> finished = new ArrayList<>();

        // three faults keep the test short and still give each worker runs to share; td-write-not-stored's reason
        // names the lamp's stored values
        Set<String> faults = Set.of("td-missing-context", "td-write-not-stored", "td-read-out-of-schema");

        MutationMatrix one = new MutationRunner(profiles, MutationProgress.NONE, 1).run(faults);
        MutationMatrix two = new MutationRunner(profiles, (fault, outcomes, elapsed) -> finished.add(String.valueOf(fault)), 2)
                .run(faults);

        assertThat(one.faults()).as("the WoT profile has faults to share out").hasSizeGreaterThan(1);
        assertThat(lines(two)).containsExactlyElementsOf(lines(one));
        assertThat(finished).as("every run reported once").hasSize(one.faults().size() + 1).contains("null");
    }

    /** Every verdict and reason of the matrix, one a line, with what differs between platforms (ports) masked. */
    private static List<String> lines(MutationMatrix matrix) {
        List<String> lines = new ArrayList<>();
        matrix.baseline().forEach(o -> lines.add("baseline " + o.clause().clauseId() + " " + o.verdict() + " " + mask(o.reason())));
        for (FaultVerdict fault : matrix.faults()) {
            lines.add("fault " + fault.fault() + " caught " + fault.caught());
            fault.failed().forEach(f -> lines.add("  failed " + f.clause().clauseId() + " " + f.declared() + " " + mask(f.reason())));
            fault.collateralInconclusive().forEach(i -> lines.add("  inconclusive " + i.clause().clauseId() + " " + mask(i.reason())));
            fault.missed().forEach(m -> lines.add("  missed " + mask(m.toString())));
        }
        matrix.unguarded().forEach(c -> lines.add("unguarded " + c.clauseId()));
        matrix.falseAlarms().forEach(o -> lines.add("false alarm " + o.clause().clauseId()));
        lines.add("known " + matrix.knownFaults());
        return lines;
    }

    private static String mask(String reason) {
        return reason == null ? "" : reason.replaceAll("(127\\.0\\.0\\.1|localhost):\\d+", "$1:PORT");
    }
}
