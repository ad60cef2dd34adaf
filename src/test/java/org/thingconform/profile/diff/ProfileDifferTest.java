package org.thingconform.profile.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;

/**
 * Diffing the fixture pair under {@code src/test/resources/diff/}: an old and a new edition
 * with a clause added, one removed, and changes of level, summary, tags, steps and
 * requires, every clause moved down two lines, and one number rewritten {@code 230 → 230.00}.
 */
class ProfileDifferTest {

    private static final Path OLD = Path.of("src/test/resources/diff/old.profile.yaml");
    private static final Path NEW = Path.of("src/test/resources/diff/new.profile.yaml");

    private final ProfileDiff diff = ProfileDiffer.diff(ProfileLoader.load(OLD), ProfileLoader.load(NEW));

    @Test
    void theStandardsEditionAndStatusChange() {
        assertThat(diff.standard()).containsExactly(new FieldChange("standard edition", "draft-2026-11", "2027-03"),
                new FieldChange("standard status", "draft", "published"));
    }

    @Test
    void anIcsItemIsAdded() {
        assertThat(diff.ics()).containsExactly(new FieldChange("ics ASYNC", null, "optional"));
    }

    @Test
    void clausesAddedAndRemovedAreLocatedInTheirOwnEdition() {
        assertThat(diff.added()).extracting(ClauseRef::id, ClauseRef::level, c -> c.location().file(), c -> c.location().line())
                .containsExactly(tuple("TM-5.5.1", "MUST", NEW, 62));
        assertThat(diff.removed()).extracting(ClauseRef::id, ClauseRef::level, c -> c.location().file(), c -> c.location().line())
                .containsExactly(tuple("TM-5.3.9", "MAY", OLD, 50));
    }

    @Test
    void changedClausesNameEveryChangedField() {
        assertThat(diff.changed()).extracting(ClauseChange::id, ClauseChange::changes).containsExactly(
                tuple("TM-5.1.2", List.of(new FieldChange("level", "SHOULD", "MUST"))),
                tuple("TM-5.2.1", List.of(new FieldChange("summary", "A property post is acknowledged.",
                        "A valid property post is acknowledged with code 200 and the request id echoed."))),
                tuple("TM-5.2.3", List.of(
                        new FieldChange("tags", "[validation]", "[validation, property]"),
                        new FieldChange("steps[1].values", "{\"voltage\":512.5}", "{\"voltage\":600.0}"),
                        new FieldChange("steps[2]", null,
                                "readProperties {\"device\":\"meter\",\"expectValues\":{\"voltage\":220.0}}"))),
                tuple("TM-5.4.1", List.of(new FieldChange("requires", "EVENTS", "MQTT && EVENTS"))));
    }

    @Test
    void movedLinesAndRewrittenNumbersAreNotChanges() {
        assertThat(diff.unchanged()).as("TM-5.1.1 moved two lines down, nothing else").isEqualTo(1);
        assertThat(diff.changed()).filteredOn(c -> c.id().equals("TM-5.2.1")).singleElement()
                .satisfies(c -> assertThat(c.changes()).extracting(FieldChange::field).containsExactly("summary"));
    }

    @Test
    void aProfileComparedWithItselfHasNoChanges() {
        Profile shipped = ProfileLoader.load(Path.of("test-profiles/tsl-alink-mqtt/profile.yaml"));

        ProfileDiff same = ProfileDiffer.diff(shipped, shipped);

        assertThat(same.standard()).isEmpty();
        assertThat(same.ics()).isEmpty();
        assertThat(same.added()).isEmpty();
        assertThat(same.removed()).isEmpty();
        assertThat(same.changed()).isEmpty();
        assertThat(same.unchanged()).isEqualTo(shipped.clauses().size());
    }
}
