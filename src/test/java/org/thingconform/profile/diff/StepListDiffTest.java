package org.thingconform.profile.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thingconform.profile.step.ConnectStep;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.profile.step.ReadPropertiesStep;
import org.thingconform.profile.step.ReplyExpectation;
import org.thingconform.profile.step.Step;
import org.thingconform.source.SourceLocation;

/** Step lists compare structurally, without source locations, aligned so one insertion is one change. */
class StepListDiffTest {

    private static SourceLocation at(int line) {
        return new SourceLocation(Path.of("p.yaml"), line, 9);
    }

    private static ObjectNode voltage(double value) {
        return JsonNodeFactory.instance.objectNode().put("voltage", value);
    }

    private static Step connect(int line) {
        return new ConnectStep(at(line), "meter", true, true);
    }

    private static Step post(int line, double value) {
        return new PostPropertiesStep(at(line), "meter", voltage(value), new ReplyExpectation(200, true));
    }

    private static Step read(int line, double value) {
        return new ReadPropertiesStep(at(line), "meter", voltage(value));
    }

    @Test
    void theSameStepsOnOtherLinesAreNoChange() {
        assertThat(StepListDiff.compare("steps", List.of(connect(1), post(2, 230)), List.of(connect(7), post(9, 230))))
                .isEmpty();
    }

    @Test
    void aStepInsertedInTheMiddleIsOneAddedStep() {
        List<FieldChange> changes = StepListDiff.compare("steps", List.of(connect(1), post(2, 230), read(3, 230)),
                List.of(connect(1), read(2, 100), post(3, 230), read(4, 230)));

        assertThat(changes).containsExactly(
                new FieldChange("steps[2]", null, "readProperties {\"device\":\"meter\",\"expectValues\":{\"voltage\":100.0}}"));
    }

    @Test
    void aStepOfAnotherKindIsOneRemovedAndOneAdded() {
        List<FieldChange> changes = StepListDiff.compare("given", List.of(connect(1), post(2, 230)),
                List.of(connect(1), read(2, 230)));

        assertThat(changes).extracting(FieldChange::field, c -> c.before() == null, c -> c.after() == null)
                .containsExactly(tuple("given[2]", false, true),
                        tuple("given[2]", true, false));
    }

    @Test
    void aChangedArgumentIsNamedWithBothValues() {
        Step refusedSilently = new PostPropertiesStep(at(2), "meter", voltage(230), new ReplyExpectation(6306, false));

        assertThat(StepListDiff.compare("steps", List.of(post(2, 230)), List.of(refusedSilently))).containsExactly(
                new FieldChange("steps[1].expect", "{\"code\":200,\"echoId\":true}", "{\"code\":6306,\"echoId\":false}"));
    }
}
