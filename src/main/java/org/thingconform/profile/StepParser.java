package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.thingconform.profile.step.AwaitDownlinkStep;
import org.thingconform.profile.step.AwaitServiceResultStep;
import org.thingconform.profile.step.ConnectStep;
import org.thingconform.profile.step.InvokeServiceStep;
import org.thingconform.profile.step.ListEventsStep;
import org.thingconform.profile.step.PostEventStep;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.profile.step.TokenUse;
import org.thingconform.profile.step.ReadPropertiesStep;
import org.thingconform.profile.step.ReplyExpectation;
import org.thingconform.profile.step.SetPropertiesStep;
import org.thingconform.profile.step.Step;
import org.thingconform.source.BadInputException;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.UnknownKeys;
import org.thingconform.thingmodel.ThingModel;

/**
 * Parses the step vocabulary of the profile language. Each step is a one-key mapping,
 * {@code - postProperties: {device: meter, values: {…}}}; arguments are checked against
 * the profile's device roles and their thing models, so a typo is a located error at
 * load time rather than a failed test.
 */
final class StepParser {

    private final LocatedDocument document;
    private final Map<String, String> devices;
    private final Map<String, ThingModel> models;
    private final ParameterSubstitution substitution;
    private final Map<String, Function<Fields, Step>> kinds = Map.of(
            "connect", this::connect,
            "postProperties", this::postProperties,
            "postEvent", this::postEvent,
            "readProperties", this::readProperties,
            "setProperties", this::setProperties,
            "awaitDownlink", this::awaitDownlink,
            "listEvents", this::listEvents,
            "invokeService", this::invokeService,
            "awaitServiceResult", this::awaitServiceResult);

    StepParser(LocatedDocument document, Map<String, String> devices, Map<String, ThingModel> models,
               ParameterSubstitution substitution) {
        this.document = document;
        this.devices = devices;
        this.models = models;
        this.substitution = substitution;
    }

    /** The step kinds of the language. */
    Set<String> kinds() {
        return kinds.keySet();
    }

    List<Step> parseList(JsonNode list, String pointer) {
        List<Step> steps = new ArrayList<>();
        if (list == null || list.isNull()) {
            return steps;
        }
        if (!list.isArray()) {
            throw document.error(pointer, "steps must be a list", "a list of one-key mappings such as '- connect: {device: d}'");
        }
        for (int i = 0; i < list.size(); i++) {
            steps.add(parse(list.get(i), pointer + "/" + i));
        }
        return steps;
    }

    private Step parse(JsonNode node, String pointer) {
        if (!node.isObject() || node.size() != 1) {
            throw document.error(pointer, "a step must be a mapping with exactly one key, the step kind",
                    "one of " + kinds.keySet().stream().sorted().toList());
        }
        String kind = node.fieldNames().next();
        Function<Fields, Step> parser = kinds.get(kind);
        if (parser == null) {
            Fields.of(document, pointer, node, "a step", kinds.keySet());
        }
        String argsPointer = pointer + "/" + kind;
        JsonNode args = substitution.apply(node.get(kind), argsPointer);
        return parser.apply(Fields.of(document, argsPointer, args, "step '" + kind + "'", allowedKeys(kind)));
    }

    private static Set<String> allowedKeys(String kind) {
        return switch (kind) {
            case "connect" -> Set.of("device", "credentials", "expect");
            case "postProperties" -> Set.of("device", "values", "expect", "token");
            case "setProperties" -> Set.of("device", "values", "expect");
            case "postEvent" -> Set.of("device", "event", "values", "expect");
            case "readProperties" -> Set.of("device", "expect");
            case "awaitDownlink" -> Set.of("device", "flow", "service", "expect", "reply");
            case "listEvents" -> Set.of("device", "event", "expect");
            case "invokeService" -> Set.of("device", "service", "params", "saveAs");
            case "awaitServiceResult" -> Set.of("call", "expect");
            default -> Set.of();
        };
    }

    private Step connect(Fields f) {
        String credentials = f.optionalText("credentials", "valid");
        if (!credentials.equals("valid") && !credentials.equals("wrong")) {
            throw f.error("credentials", "unknown credentials '" + credentials + "'", "valid or wrong");
        }
        String expect = f.optionalText("expect", "accepted");
        if (!expect.equals("accepted") && !expect.equals("refused")) {
            throw f.error("expect", "unknown connection outcome '" + expect + "'", "accepted or refused");
        }
        return new ConnectStep(f.location(), device(f), credentials.equals("valid"), expect.equals("accepted"));
    }

    private Step postProperties(Fields f) {
        String device = device(f);
        ObjectNode values = f.requiredObject("values", "a mapping of property identifier to value");
        checkIdentifiers(f, "values", values, model(device).properties().stream().map(p -> p.identifier()).toList(),
                "a property of the device's thing model");
        String token = f.optionalText("token", "valid");
        TokenUse use = java.util.Arrays.stream(TokenUse.values()).filter(t -> t.yamlName().equals(token)).findFirst()
                .orElseThrow(() -> f.error("token", "unknown token use '" + token + "'", "valid, none or wrong"));
        ReplyExpectation expect = replyExpectation(f);
        if (use != TokenUse.VALID && expect.responseCodes().isEmpty()) {
            throw f.error(f.has("expect") ? "expect" : "token", "a post with token '" + token
                    + "' needs the response codes it must get", "expect: {responseCode: [\"401\", \"403\"]}");
        }
        return new PostPropertiesStep(f.location(), device, values, expect, use == TokenUse.VALID ? null : use);
    }

    private Step postEvent(Fields f) {
        String device = device(f);
        String event = event(f, device);
        var declared = model(device).event(event).orElseThrow();
        ObjectNode values = f.requiredObject("values", "a mapping of output identifier to value");
        checkIdentifiers(f, "values", values, declared.outputData().stream().map(p -> p.identifier()).toList(),
                "an output of event '" + event + "'");
        return new PostEventStep(f.location(), device, event, values, replyExpectation(f));
    }

    private Step readProperties(Fields f) {
        String device = device(f);
        Fields expect = Fields.of(document, f.child("expect"), f.requiredObject("expect", "{values: {…}}"),
                "expect of readProperties", Set.of("values"));
        ObjectNode values = expect.requiredObject("values", "a mapping of property identifier to value");
        checkIdentifiers(expect, "values", values, model(device).properties().stream().map(p -> p.identifier()).toList(),
                "a property of the device's thing model");
        return new ReadPropertiesStep(f.location(), device, values);
    }

    private Step setProperties(Fields f) {
        String device = device(f);
        ObjectNode values = f.requiredObject("values", "a mapping of property identifier to value");
        checkIdentifiers(f, "values", values, model(device).properties().stream().map(p -> p.identifier()).toList(),
                "a property of the device's thing model");
        if (f.has("expect")) {
            throw f.error("expect", "setProperties takes no expect; check the device side with awaitDownlink", null);
        }
        return new SetPropertiesStep(f.location(), device, values);
    }

    private Step awaitDownlink(Fields f) {
        String device = device(f);
        String flowName = f.requiredText("flow", "propertySet or service");
        AwaitDownlinkStep.Flow flow = switch (flowName) {
            case "propertySet" -> AwaitDownlinkStep.Flow.PROPERTY_SET;
            case "service" -> AwaitDownlinkStep.Flow.SERVICE;
            default -> throw f.error("flow", "unknown downlink flow '" + flowName + "'", "propertySet or service");
        };
        String service = null;
        if (flow == AwaitDownlinkStep.Flow.SERVICE) {
            service = service(f, device);
        }
        Fields expect = Fields.of(document, f.child("expect"), f.requiredObject("expect", "{params: {…}}"),
                "expect of awaitDownlink", Set.of("params"));
        ObjectNode params = expect.requiredObject("params", "the exact params the device must receive");
        ObjectNode replyNode = f.optionalObject("reply");
        Integer replyCode = null;
        ObjectNode replyData = JsonNodeFactory.instance.objectNode();
        if (replyNode != null) {
            Fields reply = Fields.of(document, f.child("reply"), replyNode, "reply of awaitDownlink", Set.of("code", "data"));
            replyCode = reply.optionalInt("code");
            ObjectNode data = reply.optionalObject("data");
            replyData = data == null ? replyData : data;
        }
        return new AwaitDownlinkStep(f.location(), device, flow, service, params, replyCode, replyData);
    }

    private Step listEvents(Fields f) {
        String device = device(f);
        String event = event(f, device);
        Fields expect = Fields.of(document, f.child("expect"), f.requiredObject("expect", "{contains: {…}}"),
                "expect of listEvents", Set.of("contains"));
        return new ListEventsStep(f.location(), device, event,
                expect.requiredObject("contains", "the output values one listed event must carry"));
    }

    private Step invokeService(Fields f) {
        String device = device(f);
        String service = service(f, device);
        ObjectNode params = f.optionalObject("params");
        return new InvokeServiceStep(f.location(), device, service,
                params == null ? JsonNodeFactory.instance.objectNode() : params,
                IdRule.CALL.check(document, f.child("saveAs"), f.requiredText("saveAs", "a name for the call")));
    }

    private Step awaitServiceResult(Fields f) {
        Fields expect = Fields.of(document, f.child("expect"), f.requiredObject("expect", "{code: 200, output: {…}}"),
                "expect of awaitServiceResult", Set.of("code", "output"));
        return new AwaitServiceResultStep(f.location(), IdRule.CALL.check(document, f.child("call"),
                f.requiredText("call", "the saveAs name of an invokeService step")),
                expect.optionalInt("code"), expect.optionalObject("output"));
    }

    /**
     * Checks that every {@code awaitServiceResult} of a clause waits for a call an earlier
     * {@code invokeService} of the same clause saved ({@code given} runs before {@code steps}).
     */
    void checkCalls(List<Step> given, List<Step> steps) {
        List<String> saved = new ArrayList<>();
        for (Step step : concat(given, steps)) {
            if (step instanceof InvokeServiceStep invoke) {
                saved.add(invoke.saveAs());
            } else if (step instanceof AwaitServiceResultStep await && !saved.contains(await.call())) {
                String hint = UnknownKeys.closest(await.call(), new HashSet<>(saved));
                throw new BadInputException(await.location(), "awaitServiceResult waits for call '" + await.call()
                        + "', which no earlier invokeService of the clause saved"
                        + (hint == null ? "" : " (did you mean '" + hint + "'?)"),
                        saved.isEmpty() ? "an invokeService step with saveAs: " + await.call() + " before it"
                                : "one of " + saved);
            }
        }
    }

    private static List<Step> concat(List<Step> first, List<Step> second) {
        List<Step> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private ReplyExpectation replyExpectation(Fields f) {
        ObjectNode node = f.optionalObject("expect");
        if (node == null) {
            return new ReplyExpectation(200, true);
        }
        Fields expect = Fields.of(document, f.child("expect"), node, "reply expectation",
                Set.of("code", "echoId", "responseCode", "messageType"));
        List<String> types = expect.textList("messageType");
        for (int i = 0; i < types.size(); i++) {
            if (!Set.of("CON", "NON", "ACK", "RST").contains(types.get(i))) {
                throw document.error(expect.child("messageType") + "/" + i, "unknown CoAP message type '"
                        + types.get(i) + "'", "CON, NON, ACK or RST");
            }
        }
        List<String> codes = expect.textList("responseCode");
        for (int i = 0; i < codes.size(); i++) {
            if (!codes.get(i).matches("[1-5]\\.\\d\\d|[1-5]\\d\\d")) {
                throw document.error(expect.child("responseCode") + "/" + i, "'" + codes.get(i)
                        + "' is not a response code", "a CoAP code such as \"2.04\" or an HTTP status such as \"401\"");
            }
        }
        return new ReplyExpectation(expect.optionalInt("code"), expect.optionalBoolean("echoId", true), codes, types);
    }

    private String device(Fields f) {
        String device = f.requiredText("device", "a device role declared under 'devices'");
        if (!devices.containsKey(device)) {
            throw f.error("device", "unknown device role '" + device + "'",
                    "one of " + devices.keySet().stream().sorted().toList());
        }
        return device;
    }

    /** The {@code event} argument, which must name an event of the device's thing model. */
    private String event(Fields f, String device) {
        String event = f.requiredText("event", "an event identifier");
        List<String> known = model(device).events().stream().map(e -> e.identifier()).toList();
        if (!known.contains(event)) {
            throw f.error("event", "the thing model of '" + device + "' has no event '" + event + "'", "one of " + known);
        }
        return event;
    }

    /** The {@code service} argument, which must name a service of the device's thing model. */
    private String service(Fields f, String device) {
        String service = f.requiredText("service", "a service identifier");
        List<String> known = model(device).services().stream().map(s -> s.identifier()).toList();
        if (!known.contains(service)) {
            throw f.error("service", "the thing model of '" + device + "' has no service '" + service + "'",
                    "one of " + known);
        }
        return service;
    }

    private ThingModel model(String device) {
        return models.get(devices.get(device));
    }

    private void checkIdentifiers(Fields f, String key, ObjectNode values, List<String> known, String expected) {
        values.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw document.error(f.child(key) + "/" + name, "unknown identifier '" + name + "'",
                        expected + ": " + known);
            }
        });
    }
}
