package org.thingconform.engine.step;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.PeerGetThingModelStep;
import org.thingconform.source.BadInputException;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.InputProblem;
import org.thingconform.source.LocatedDocument;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.ThingModelDiff;
import org.thingconform.thingmodel.ThingModelFormat;
import org.thingconform.thingmodel.TslImporter;
import org.thingconform.thingmodel.WotImporter;
import org.thingconform.validate.TslSchema;

/**
 * Fetches the thing model a listed device refers to, in the format the step asks for, and checks
 * it in three passes: the TSL JSON Schema (TSL) or the Thing Model header (WoT), the import
 * (references, ranges, duplicates), and equality with the model the device's role is registered with.
 */
final class PeerGetThingModelExecutor implements StepExecutor<PeerGetThingModelStep> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void execute(PeerGetThingModelStep step, ClauseContext context) {
        Peers.Listed listed = Peers.discovered(context, step.device());
        if (listed == null) {
            throw StepFailure.error("device role '" + step.device() + "' was not found by an earlier peerListDevices of "
                    + "the clause, so its thing-model reference is unknown: list it first (expect: {listed: ["
                    + step.device() + "]})");
        }
        Map<String, String> variables = Peers.variables(context, step.device(), null);
        variables.put("thingModel", listed.thingModel());
        variables.put("format", step.format().formatName());
        boolean tsl = step.format() == ThingModelFormat.TSL_JSON;
        String formatTitle = tsl ? "TSL JSON" : "W3C WoT Thing Model";
        NorthboundResponse response = context.interconnection().call("getThingModel", variables, null);
        String what = "thing model " + listed.thingModel() + " of device " + listed.deviceId();
        Peers.requireSuccess(response, "getThingModel (" + step.format().formatName() + ") for " + what);
        JsonNode model = response.get("model");
        if (model == null || !model.isObject()) {
            throw StepFailure.fail("expected the " + what + " as a " + formatTitle + " object; observed "
                    + Devices.quote(model == null ? response.body() : model));
        }
        LocatedDocument document = DocumentReader.parse(Path.of("exported-" + listed.thingModel()
                + step.format().suffix()), pretty(model));
        if (tsl) {
            List<InputProblem> problems = TslSchema.problems(document);
            if (!problems.isEmpty()) {
                throw StepFailure.fail("expected the " + what + " to conform to the TSL schema; observed "
                        + problems.size() + " violation(s), first: " + problems.get(0));
            }
        }
        ThingModel observed;
        try {
            observed = tsl ? TslImporter.importDocument(document) : WotImporter.importDocument(document);
        } catch (BadInputException e) {
            throw StepFailure.fail("expected the " + what + " to import as " + formatTitle + "; observed "
                    + e.getMessage());
        }
        ThingModel expected = context.profile().modelOf(step.device());
        List<String> differences = ThingModelDiff.differences(expected, observed);
        if (!differences.isEmpty()) {
            throw StepFailure.fail("expected the " + what + " to equal the model device role '" + step.device()
                    + "' is registered with; observed " + differences.size() + " difference(s): "
                    + String.join("; ", differences));
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
