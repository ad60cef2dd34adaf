package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
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
import org.thingconform.profile.step.PeerGetThingModelStep;
import org.thingconform.profile.step.PeerInvokeServiceStep;
import org.thingconform.profile.step.PeerListDevicesStep;
import org.thingconform.profile.step.PeerRequestStep;
import org.thingconform.profile.step.PeerSetPropertiesStep;
import org.thingconform.profile.step.PeerTokenStep;
import org.thingconform.profile.step.AwaitPushStep;
import org.thingconform.profile.step.ExpectNoPushStep;
import org.thingconform.profile.step.PeerQueryHistoryStep;
import org.thingconform.profile.step.PeerReadPropertiesStep;
import org.thingconform.profile.step.PeerSameIdentityStep;
import org.thingconform.profile.step.PeerSubscribeStep;
import org.thingconform.profile.step.PeerUnsubscribeStep;
import org.thingconform.profile.step.PostEventStep;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.profile.step.TokenUse;
import org.thingconform.profile.step.ReadPropertiesStep;
import org.thingconform.profile.step.ReplyExpectation;
import org.thingconform.profile.step.SetPropertiesStep;
import org.thingconform.profile.step.Step;
import org.thingconform.thingmodel.ThingModelFormat;
import org.thingconform.profile.step.FetchTdStep;
import org.thingconform.profile.step.FollowFormsStep;
import org.thingconform.profile.step.TdAssertionStep;
import org.thingconform.profile.step.TdSchemaCheckStep;
import org.thingconform.thingmodel.wot.TdAssertions;
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
    private final Set<String> sharedRoles;
    private final StepRoleParser roles;
    private final Map<String, Function<Fields, Step>> kinds = Map.ofEntries(
            Map.entry("connect", this::connect),
            Map.entry("postProperties", this::postProperties),
            Map.entry("postEvent", this::postEvent),
            Map.entry("readProperties", this::readProperties),
            Map.entry("setProperties", this::setProperties),
            Map.entry("awaitDownlink", this::awaitDownlink),
            Map.entry("listEvents", this::listEvents),
            Map.entry("invokeService", this::invokeService),
            Map.entry("awaitServiceResult", this::awaitServiceResult),
            Map.entry("peerToken", this::peerToken),
            Map.entry("peerRequest", this::peerRequest),
            Map.entry("peerListDevices", this::peerListDevices),
            Map.entry("peerGetThingModel", this::peerGetThingModel),
            Map.entry("peerSetProperties", this::peerSetProperties),
            Map.entry("peerInvokeService", this::peerInvokeService),
            Map.entry("peerReadProperties", this::peerReadProperties),
            Map.entry("peerQueryHistory", this::peerQueryHistory),
            Map.entry("peerSubscribe", this::peerSubscribe),
            Map.entry("peerUnsubscribe", this::peerUnsubscribe),
            Map.entry("awaitPush", this::awaitPush),
            Map.entry("expectNoPush", this::expectNoPush),
            Map.entry("peerSameIdentity", this::peerSameIdentity),
            Map.entry("fetchTd", this::fetchTd),
            Map.entry("tdSchemaCheck", this::tdSchemaCheck),
            Map.entry("tdAssertion", this::tdAssertion),
            Map.entry("followForms", this::followForms),
            Map.entry("mqttConnect", f -> MqttStepParser.parse("mqttConnect", f)),
            Map.entry("mqttSubscribe", f -> MqttStepParser.parse("mqttSubscribe", f)),
            Map.entry("mqttPublish", f -> MqttStepParser.parse("mqttPublish", f)),
            Map.entry("mqttExpectMessage", f -> MqttStepParser.parse("mqttExpectMessage", f)),
            Map.entry("mqttExpectNothing", f -> MqttStepParser.parse("mqttExpectNothing", f)),
            Map.entry("mqttDisconnect", f -> MqttStepParser.parse("mqttDisconnect", f)),
            Map.entry("mqttDrop", f -> MqttStepParser.parse("mqttDrop", f)),
            Map.entry("mqttSendBytes", f -> MqttStepParser.parse("mqttSendBytes", f)),
            Map.entry("mqttExpectClosed", f -> MqttStepParser.parse("mqttExpectClosed", f)),
            Map.entry("tlsHandshake", TlsStepParser::parse),
            Map.entry("mqttFleet", FleetStepParser::parse),
            Map.entry("deviceFleet", this::deviceFleet),
            Map.entry("lwm2mRegister", f -> Lwm2mStepParser.parse("lwm2mRegister", f)),
            // LwM2M device management
            Map.entry("lwm2mWrite", f -> Lwm2mManagementStepParser.parse("lwm2mWrite", f)),
            Map.entry("lwm2mExecute", f -> Lwm2mManagementStepParser.parse("lwm2mExecute", f)),
            Map.entry("lwm2mCreate", f -> Lwm2mManagementStepParser.parse("lwm2mCreate", f)),
            Map.entry("lwm2mDelete", f -> Lwm2mManagementStepParser.parse("lwm2mDelete", f)),
            Map.entry("lwm2mDiscover", f -> Lwm2mManagementStepParser.parse("lwm2mDiscover", f)),
            Map.entry("lwm2mWriteAttributes", f -> Lwm2mManagementStepParser.parse("lwm2mWriteAttributes", f)),
            // LwM2M composite operations (TS 6.3.8, 6.3.9)
            Map.entry("lwm2mReadComposite", f -> Lwm2mCompositeStepParser.parse("lwm2mReadComposite", f)),
            Map.entry("lwm2mWriteComposite", f -> Lwm2mCompositeStepParser.parse("lwm2mWriteComposite", f)),
            Map.entry("lwm2mUpdate", f -> Lwm2mStepParser.parse("lwm2mUpdate", f)),
            Map.entry("lwm2mDeregister", f -> Lwm2mStepParser.parse("lwm2mDeregister", f)),
            Map.entry("lwm2mRegistration", f -> Lwm2mStepParser.parse("lwm2mRegistration", f)),
            Map.entry("lwm2mRead", f -> Lwm2mStepParser.parse("lwm2mRead", f)),
            Map.entry("lwm2mQueuedRead", f -> Lwm2mStepParser.parse("lwm2mQueuedRead", f)),
            // LwM2M Information Reporting: observations and the server's event stream
            Map.entry("lwm2mObserve", f -> Lwm2mReportingStepParser.parse("lwm2mObserve", f)),
            Map.entry("lwm2mChange", f -> Lwm2mReportingStepParser.parse("lwm2mChange", f)),
            Map.entry("lwm2mAwaitEvent", f -> Lwm2mReportingStepParser.parse("lwm2mAwaitEvent", f)),
            Map.entry("lwm2mExpectNoEvent", f -> Lwm2mReportingStepParser.parse("lwm2mExpectNoEvent", f)),
            Map.entry("lwm2mCancelObservation", f -> Lwm2mReportingStepParser.parse("lwm2mCancelObservation", f)));

    /** Statuses that count as a refusal when a step does not say: for tokens, calls and control of a device. */
    static final List<Integer> TOKEN_REFUSED = List.of(400, 401);
    static final List<Integer> CALL_REFUSED = List.of(401, 403);
    static final List<Integer> CONTROL_REFUSED = List.of(403, 404);
    /** How long awaitPush waits, and expectNoPush watches, when the step does not say. */
    static final Duration DEFAULT_PUSH_WITHIN = Duration.ofSeconds(5);
    static final Duration DEFAULT_QUIET_PERIOD = Duration.ofSeconds(1);

    StepParser(LocatedDocument document, Map<String, String> devices, Map<String, ThingModel> models,
               ParameterSubstitution substitution) {
        this(document, devices, models, substitution, Set.of());
    }

    StepParser(LocatedDocument document, Map<String, String> devices, Map<String, ThingModel> models,
               ParameterSubstitution substitution, Set<String> sharedRoles) {
        this.document = document;
        this.devices = devices;
        this.models = models;
        this.substitution = substitution;
        this.sharedRoles = Set.copyOf(sharedRoles);
        this.roles = new StepRoleParser(document);
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
        JsonNode written = node.get(kind);
        JsonNode args = substitution.apply(StepRoleParser.withoutRole(written), argsPointer);
        Set<String> allowed = new HashSet<>(allowedKeys(kind));
        allowed.addAll(StepRoleParser.KEYS);
        Step step = parser.apply(Fields.of(document, argsPointer, args, "step '" + kind + "'", allowed));
        roles.read(step, written, argsPointer);
        return step;
    }

    /** The roles the parsed steps carry ({@code subject}, {@code means}, {@code see}). */
    StepRoleParser roles() {
        return roles;
    }

    private static Set<String> allowedKeys(String kind) {
        return switch (kind) {
            case "connect" -> Set.of("device", "credentials", "expect", "refusalCodes");
            case "postProperties" -> Set.of("device", "values", "expect", "token", "time");
            case "setProperties" -> Set.of("device", "values", "expect");
            case "postEvent" -> Set.of("device", "event", "values", "expect");
            case "readProperties" -> Set.of("device", "expect");
            case "awaitDownlink" -> Set.of("device", "flow", "service", "expect", "reply");
            case "listEvents" -> Set.of("device", "event", "expect");
            case "invokeService" -> Set.of("device", "service", "params", "saveAs");
            case "awaitServiceResult" -> Set.of("call", "expect");
            case "peerToken" -> Set.of("credentials", "expect", "status");
            case "peerRequest" -> Set.of("operation", "token", "expect", "status");
            case "peerListDevices" -> Set.of("pageSize", "expect");
            case "peerGetThingModel" -> Set.of("device", "format");
            case "peerSetProperties" -> Set.of("device", "values", "expect", "status");
            case "peerInvokeService" -> Set.of("device", "service", "params", "saveAs", "expect", "status");
            case "peerReadProperties" -> Set.of("device", "expect");
            case "peerQueryHistory" -> Set.of("device", "property", "from", "to", "expect");
            case "peerSubscribe" -> Set.of("device", "saveAs", "failFirst", "failStatus");
            case "peerUnsubscribe" -> Set.of("subscription");
            case "awaitPush" -> Set.of("subscription", "event", "values", "within", "signed");
            case "expectNoPush" -> Set.of("subscription", "quietPeriod");
            case "peerSameIdentity" -> Set.of("device");
            case "fetchTd", "tdSchemaCheck" -> Set.of("thing");
            case "tdAssertion" -> Set.of("thing", "id");
            case "followForms" -> Set.of("thing", "op", "protocol", "value", "expect", "checks");
            case "mqttConnect", "mqttSubscribe", "mqttPublish", "mqttExpectMessage", "mqttExpectNothing",
                 "mqttDisconnect", "mqttDrop", "mqttSendBytes", "mqttExpectClosed" -> MqttStepParser.allowedKeys(kind);
            case "lwm2mWrite", "lwm2mExecute", "lwm2mCreate", "lwm2mDelete", "lwm2mDiscover", "lwm2mWriteAttributes" ->
                    Lwm2mManagementStepParser.allowedKeys(kind);
            case "tlsHandshake" -> TlsStepParser.KEYS;
            case "mqttFleet" -> FleetStepParser.KEYS;
            case "deviceFleet" -> FleetStepParser.DEVICE_KEYS;
            case "lwm2mReadComposite", "lwm2mWriteComposite" -> Lwm2mCompositeStepParser.allowedKeys(kind);
            case "lwm2mRegister", "lwm2mUpdate", "lwm2mDeregister", "lwm2mRegistration", "lwm2mRead", "lwm2mQueuedRead" ->
                    Lwm2mStepParser.allowedKeys(kind);
            case "lwm2mObserve", "lwm2mChange", "lwm2mAwaitEvent", "lwm2mExpectNoEvent", "lwm2mCancelObservation" ->
                    Lwm2mReportingStepParser.allowedKeys(kind);
            default -> Set.of();
        };
    }

    private Step deviceFleet(Fields f) {
        return FleetStepParser.parseDeviceFleet(f, devices.keySet());
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
        List<Integer> refusalCodes = new ArrayList<>();
        JsonNode codes = f.node().get("refusalCodes");
        if (codes != null) {
            if (!codes.isArray() || codes.isEmpty()) {
                throw f.error("refusalCodes", "refusalCodes must be a non-empty list of codes", "e.g. [134, 135]");
            }
            for (int i = 0; i < codes.size(); i++) {
                if (!codes.get(i).canConvertToInt() || !codes.get(i).isIntegralNumber()) {
                    throw f.document().error(f.child("refusalCodes") + "/" + i, "'" + codes.get(i).asText()
                            + "' is not a code", "a CONNACK return or reason code such as 135");
                }
                refusalCodes.add(codes.get(i).asInt());
            }
            if (expect.equals("accepted")) {
                throw f.error("refusalCodes", "refusalCodes belong to expect: refused", "expect: refused");
            }
        }
        return new ConnectStep(f.location(), device(f), credentials.equals("valid"), expect.equals("accepted"),
                refusalCodes);
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
        Integer time = f.optionalInt("time");
        return new PostPropertiesStep(f.location(), device, values, expect, use == TokenUse.VALID ? null : use,
                time == null ? null : time.longValue());
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

    private Step peerToken(Fields f) {
        String credentials = f.optionalText("credentials", "valid");
        if (!credentials.equals("valid") && !credentials.equals("wrong")) {
            throw f.error("credentials", "unknown credentials '" + credentials + "'", "valid or wrong");
        }
        boolean granted = outcome(f, "granted", "refused", "granted");
        return new PeerTokenStep(f.location(), credentials.equals("valid"), granted, statuses(f, granted, TOKEN_REFUSED));
    }

    private Step peerRequest(Fields f) {
        String operation = f.requiredText("operation", "listDevices");
        if (!operation.equals("listDevices")) {
            throw f.error("operation", "peerRequest cannot call '" + operation + "'",
                    "listDevices (the operation a token probe calls)");
        }
        String tokenName = f.optionalText("token", "valid");
        PeerRequestStep.Token token = switch (tokenName) {
            case "valid" -> PeerRequestStep.Token.VALID;
            case "none" -> PeerRequestStep.Token.NONE;
            case "wrong" -> PeerRequestStep.Token.WRONG;
            case "expired" -> PeerRequestStep.Token.EXPIRED;
            default -> throw f.error("token", "unknown token '" + tokenName + "'", "valid, none, wrong or expired");
        };
        boolean accepted = outcome(f, "accepted", "refused", "accepted");
        return new PeerRequestStep(f.location(), operation, token, accepted, statuses(f, accepted, CALL_REFUSED));
    }

    private Step peerListDevices(Fields f) {
        Integer pageSize = f.optionalInt("pageSize");
        if (pageSize == null || pageSize < 1) {
            throw f.error(pageSize == null ? null : "pageSize", pageSize == null ? "missing required key 'pageSize'"
                    : "pageSize must be at least 1", "the number of devices the peer asks for per page, e.g. 2");
        }
        Fields expect = Fields.of(document, f.child("expect"), f.requiredObject("expect", "{listed: [roles], "
                + "notListed: [roles]}"), "expect of peerListDevices", Set.of("listed", "notListed"));
        List<String> listed = roles(expect, "listed", true);
        List<String> notListed = roles(expect, "notListed", false);
        if (listed.isEmpty() && notListed.isEmpty()) {
            throw f.error("expect", "peerListDevices expects nothing", "listed, notListed or both: lists of device roles");
        }
        return new PeerListDevicesStep(f.location(), pageSize, listed, notListed);
    }

    private Step peerGetThingModel(Fields f) {
        String format = f.optionalText("format", ThingModelFormat.TSL_JSON.formatName());
        if (!format.equals(ThingModelFormat.TSL_JSON.formatName()) && !format.equals(ThingModelFormat.WOT_TM.formatName())) {
            throw f.error("format", "'" + format + "' is not a common thing-model format of platform interconnection",
                    "tsl-json or wot-tm");
        }
        return new PeerGetThingModelStep(f.location(), sharedDevice(f, "peerGetThingModel"),
                ThingModelFormat.fromName(format).orElseThrow());
    }

    private Step peerSetProperties(Fields f) {
        boolean accepted = outcome(f, "accepted", "refused", "accepted");
        String device = accepted ? sharedDevice(f, "peerSetProperties") : device(f);
        ObjectNode values = f.requiredObject("values", "a mapping of property identifier to value");
        checkIdentifiers(f, "values", values, model(device).properties().stream().map(p -> p.identifier()).toList(),
                "a property of the device's thing model");
        return new PeerSetPropertiesStep(f.location(), device, values, accepted, statuses(f, accepted, CONTROL_REFUSED));
    }

    private Step fetchTd(Fields f) {
        return new FetchTdStep(f.location(), thing(f));
    }

    private Step tdSchemaCheck(Fields f) {
        return new TdSchemaCheckStep(f.location(), thing(f));
    }

    private Step tdAssertion(Fields f) {
        String id = f.requiredText("id", "a TD 1.1 assertion id of the catalogue, one of " + TdAssertions.ids());
        if (TdAssertions.get(id).isEmpty()) {
            throw f.error("id", "no document check for assertion '" + id + "'", "one of " + TdAssertions.ids());
        }
        return new TdAssertionStep(f.location(), thing(f), id);
    }

    private Step followForms(Fields f) {
        String op = f.requiredText("op", String.join(", ", new java.util.TreeSet<>(FollowFormsStep.OPS)));
        if (!FollowFormsStep.OPS.contains(op)) {
            throw f.error("op", "followForms cannot follow '" + op + "'", "one of "
                    + new java.util.TreeSet<>(FollowFormsStep.OPS));
        }
        String protocol = f.optionalText("protocol", "http");
        if (!FollowFormsStep.PROTOCOLS.contains(protocol)) {
            throw f.error("protocol", "followForms cannot follow forms of protocol '" + protocol + "'", "http or coap");
        }
        if (protocol.equals("coap") && op.equals("subscribeevent")) {
            throw f.error("protocol", "subscribing to an event over CoAP (observe) is not supported yet", "protocol: http");
        }
        String value = f.optionalText("value", "valid");
        if (!value.equals("valid") && !value.equals("invalid")) {
            throw f.error("value", "unknown value '" + value + "'", "valid or invalid");
        }
        boolean invalid = value.equals("invalid");
        if (invalid && !op.equals("writeproperty") && !op.equals("invokeaction")) {
            throw f.error("value", "only a write or an invocation sends a value", "op: writeproperty or invokeaction");
        }
        String expect = f.optionalText("expect", invalid ? "clientError" : "success");
        if (!expect.equals(invalid ? "clientError" : "success")) {
            throw f.error("expect", "with value: " + value + " the expected outcome is " + (invalid ? "clientError"
                    : "success"), invalid ? "clientError" : "success");
        }
        List<String> checks = f.textList("checks");
        for (int i = 0; i < checks.size(); i++) {
            if (!FollowFormsStep.CHECKS.contains(checks.get(i))) {
                throw document.error(f.child("checks") + "/" + i, "unknown check '" + checks.get(i) + "'",
                        "one of " + new java.util.TreeSet<>(FollowFormsStep.CHECKS));
            }
        }
        if (checks.contains("readBack") && !op.equals("writeproperty")) {
            throw f.error("checks", "readBack follows a write", "op: writeproperty");
        }
        return new FollowFormsStep(f.location(), thing(f), op, protocol, invalid, Set.copyOf(checks));
    }

    /** The Thing a WoT step names: a role the platform descriptor maps to a TD URL. */
    private String thing(Fields f) {
        return IdRule.DEVICE_ROLE.check(document, f.child("thing"), f.requiredText("thing",
                "the Thing's role, e.g. lamp (the descriptor's wot: {things: {lamp: tdUrl}})"));
    }

    private Step peerInvokeService(Fields f) {
        boolean accepted = outcome(f, "accepted", "refused", "accepted");
        String device = accepted ? sharedDevice(f, "peerInvokeService") : device(f);
        String service = service(f, device);
        ObjectNode params = f.optionalObject("params");
        String saveAs = null;
        if (accepted) {
            saveAs = IdRule.CALL.check(document, f.child("saveAs"), f.requiredText("saveAs", "a name for the call"));
        } else if (f.has("saveAs")) {
            throw f.error("saveAs", "a refused call has no result to wait for", "no saveAs with expect: refused");
        }
        return new PeerInvokeServiceStep(f.location(), device, service,
                params == null ? JsonNodeFactory.instance.objectNode() : params, saveAs, accepted,
                statuses(f, accepted, CONTROL_REFUSED));
    }

    private Step peerReadProperties(Fields f) {
        String device = sharedDevice(f, "peerReadProperties");
        Fields expect = Fields.of(document, f.child("expect"), f.requiredObject("expect", "{values: {…}}"),
                "expect of peerReadProperties", Set.of("values"));
        ObjectNode values = expect.requiredObject("values", "a mapping of property identifier to value");
        checkIdentifiers(expect, "values", values, model(device).properties().stream().map(p -> p.identifier()).toList(),
                "a property of the device's thing model");
        return new PeerReadPropertiesStep(f.location(), device, values);
    }

    private Step peerQueryHistory(Fields f) {
        String device = sharedDevice(f, "peerQueryHistory");
        String property = f.requiredText("property", "a property identifier");
        List<String> known = model(device).properties().stream().map(p -> p.identifier()).toList();
        if (!known.contains(property)) {
            throw f.error("property", "the thing model of '" + device + "' has no property '" + property + "'",
                    "one of " + known);
        }
        Integer from = f.optionalInt("from");
        Integer to = f.optionalInt("to");
        if (from == null || to == null) {
            throw f.error(from == null ? null : "to", "missing required key '" + (from == null ? "from" : "to") + "'",
                    "the range in milliseconds relative to the clause's time base, e.g. from: -2500, to: -500");
        }
        if (from > to) {
            throw f.error("to", "the range ends (" + to + ") before it starts (" + from + ")", "from ≤ to");
        }
        Fields expect = Fields.of(document, f.child("expect"), f.requiredObject("expect", "{values: [v1, v2]}"),
                "expect of peerQueryHistory", Set.of("values"));
        JsonNode values = expect.node().get("values");
        if (values == null || !values.isArray()) {
            throw expect.error(values == null ? null : "values", values == null ? "missing required key 'values'"
                    : "values must be a list", "the values the range holds, oldest first, e.g. [220.1, 220.2]");
        }
        List<JsonNode> list = new ArrayList<>();
        values.forEach(list::add);
        return new PeerQueryHistoryStep(f.location(), device, property, from, to, list);
    }

    private Step peerSubscribe(Fields f) {
        String device = sharedDevice(f, "peerSubscribe");
        String saveAs = IdRule.CALL.check(document, f.child("saveAs"), f.requiredText("saveAs", "a name for the subscription"));
        Integer failFirst = f.optionalInt("failFirst");
        if (failFirst != null && failFirst < 0) {
            throw f.error("failFirst", "failFirst must not be negative", "how many deliveries the callback fails, e.g. 2");
        }
        Integer failStatus = f.optionalInt("failStatus");
        if (failStatus != null && (failStatus < 500 || failStatus > 599)) {
            throw f.error("failStatus", "'" + failStatus + "' is not a 5xx status", "a server error status, e.g. 503");
        }
        if (failStatus != null && failFirst == null) {
            throw f.error("failStatus", "failStatus without failFirst fails nothing", "failFirst: N with it");
        }
        return new PeerSubscribeStep(f.location(), device, saveAs, failFirst == null ? 0 : failFirst,
                failStatus == null ? 503 : failStatus);
    }

    private Step peerUnsubscribe(Fields f) {
        return new PeerUnsubscribeStep(f.location(), f.requiredText("subscription", "the saveAs of a peerSubscribe"));
    }

    private Step awaitPush(Fields f) {
        String subscription = f.requiredText("subscription", "the saveAs of a peerSubscribe");
        String event = f.has("event") ? f.requiredText("event", "an event identifier") : null;
        ObjectNode values = f.requiredObject("values", event == null ? "a mapping of property identifier to value"
                : "a mapping of event output identifier to value");
        Duration within = ProfileLoader.duration(f, "within", DEFAULT_PUSH_WITHIN);
        return new AwaitPushStep(f.location(), subscription, event, values, within, f.optionalBoolean("signed", false));
    }

    private Step expectNoPush(Fields f) {
        return new ExpectNoPushStep(f.location(), f.requiredText("subscription", "the saveAs of a peerSubscribe"),
                ProfileLoader.duration(f, "quietPeriod", DEFAULT_QUIET_PERIOD));
    }

    private Step peerSameIdentity(Fields f) {
        return new PeerSameIdentityStep(f.location(), sharedDevice(f, "peerSameIdentity"));
    }

    /**
     * Checks that every step about a subscription names one an earlier {@code peerSubscribe} of
     * the clause made, that {@code awaitPush} names identifiers of that device's thing model, and
     * that {@code expectNoPush} follows the subscription's {@code peerUnsubscribe}.
     */
    void checkSubscriptions(List<Step> given, List<Step> steps) {
        Map<String, String> devicesBySubscription = new java.util.HashMap<>();
        Set<String> cancelled = new HashSet<>();
        for (Step step : concat(given, steps)) {
            if (step instanceof PeerSubscribeStep subscribe) {
                devicesBySubscription.put(subscribe.saveAs(), subscribe.device());
                cancelled.remove(subscribe.saveAs());
                continue;
            }
            String name = step instanceof PeerUnsubscribeStep u ? u.subscription()
                    : step instanceof AwaitPushStep a ? a.subscription()
                    : step instanceof ExpectNoPushStep n ? n.subscription() : null;
            if (name == null) {
                continue;
            }
            String device = devicesBySubscription.get(name);
            if (device == null) {
                String hint = UnknownKeys.closest(name, devicesBySubscription.keySet());
                throw new BadInputException(step.location(), step.kind() + " names subscription '" + name
                        + "', which no earlier peerSubscribe of the clause made"
                        + (hint == null ? "" : " (did you mean '" + hint + "'?)"),
                        devicesBySubscription.isEmpty() ? "a peerSubscribe step with saveAs: " + name + " before it"
                                : "one of " + devicesBySubscription.keySet().stream().sorted().toList());
            }
            if (step instanceof PeerUnsubscribeStep) {
                cancelled.add(name);
            } else if (step instanceof ExpectNoPushStep && !cancelled.contains(name)) {
                throw new BadInputException(step.location(), "expectNoPush watches subscription '" + name
                        + "', which the clause has not cancelled", "a peerUnsubscribe of '" + name + "' before it");
            } else if (step instanceof AwaitPushStep push) {
                checkPushIdentifiers(push, device);
            }
        }
    }

    private void checkPushIdentifiers(AwaitPushStep push, String device) {
        ThingModel model = model(device);
        List<String> known;
        String expected;
        if (push.event() == null) {
            known = model.properties().stream().map(p -> p.identifier()).toList();
            expected = "a property of the thing model of '" + device + "'";
        } else {
            var event = model.event(push.event());
            if (event.isEmpty()) {
                throw new BadInputException(push.location(), "the thing model of '" + device + "' has no event '"
                        + push.event() + "'", "one of " + model.events().stream().map(e -> e.identifier()).toList());
            }
            known = event.get().outputData().stream().map(p -> p.identifier()).toList();
            expected = "an output of event '" + push.event() + "'";
        }
        push.values().fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new BadInputException(push.location(), "awaitPush expects unknown identifier '" + name + "'",
                        expected + ": " + known);
            }
        });
    }

    /** The {@code expect} outcome: {@code yes} (true) or {@code no} (false). */
    private boolean outcome(Fields f, String yes, String no, String fallback) {
        String expect = f.optionalText("expect", fallback);
        if (!expect.equals(yes) && !expect.equals(no)) {
            throw f.error("expect", "unknown outcome '" + expect + "'", yes + " or " + no);
        }
        return expect.equals(yes);
    }

    /** The refusal statuses: one status or a list of them; only with an expected refusal. */
    private List<Integer> statuses(Fields f, boolean accepted, List<Integer> fallback) {
        if (!f.has("status")) {
            return accepted ? List.of() : fallback;
        }
        if (accepted) {
            throw f.error("status", "'status' lists refusal statuses, but the step expects acceptance",
                    "status only with a refusal expected");
        }
        JsonNode node = f.node().get("status");
        List<Integer> statuses = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                statuses.add(status(node.get(i), f.child("status") + "/" + i));
            }
        } else {
            statuses.add(status(node, f.child("status")));
        }
        if (statuses.isEmpty()) {
            throw f.error("status", "the list of refusal statuses is empty", "at least one HTTP status, e.g. [401, 403]");
        }
        return statuses;
    }

    private int status(JsonNode node, String pointer) {
        if (!node.isIntegralNumber() || node.asInt() < 400 || node.asInt() > 599) {
            throw document.error(pointer, "'" + node + "' is not an HTTP error status", "a status 400-599, e.g. 403");
        }
        return node.asInt();
    }

    /** A list of device roles, each of which must be shared with the peer ({@code shared}) or not. */
    private List<String> roles(Fields f, String key, boolean shared) {
        List<String> roles = f.textList(key);
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            if (!devices.containsKey(role)) {
                throw document.error(f.child(key) + "/" + i, "unknown device role '" + role + "'",
                        "one of " + devices.keySet().stream().sorted().toList());
            }
            if (sharedRoles.contains(role) != shared) {
                throw document.error(f.child(key) + "/" + i, "device role '" + role + "' is "
                        + (shared ? "not declared sharedWithPeer: true, so the platform must not list it"
                                : "declared sharedWithPeer: true, so the platform must list it"),
                        shared ? "a role with sharedWithPeer: true" : "a role without sharedWithPeer: true");
            }
        }
        return roles;
    }

    /** The {@code device} argument, which must be a role shared with the peer. */
    private String sharedDevice(Fields f, String kind) {
        String device = device(f);
        if (!sharedRoles.contains(device)) {
            throw f.error("device", kind + " expects the peer to reach device role '" + device
                    + "', which is not declared sharedWithPeer: true", "a role with sharedWithPeer: true under 'devices'");
        }
        return device;
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
            } else if (step instanceof PeerInvokeServiceStep invoke && invoke.saveAs() != null) {
                saved.add(invoke.saveAs());
            } else if (step instanceof AwaitServiceResultStep await && !saved.contains(await.call())) {
                String hint = UnknownKeys.closest(await.call(), new HashSet<>(saved));
                throw new BadInputException(await.location(), "awaitServiceResult waits for call '" + await.call()
                        + "', which no earlier invokeService of the clause saved"
                        + (hint == null ? "" : " (did you mean '" + hint + "'?)"),
                        saved.isEmpty() ? "an invokeService or peerInvokeService step with saveAs: " + await.call() + " before it"
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
