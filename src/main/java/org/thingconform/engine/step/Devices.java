package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.thingconform.device.Downlink;
import org.thingconform.device.Reply;
import org.thingconform.device.SimulatedDevice;
import org.thingconform.protocol.ReceivedMessage;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.ReplyExpectation;
import org.thingconform.thingmodel.Service;

/** What several step executors share: a connected device, reply checks, northbound path variables. */
final class Devices {

    private Devices() {
    }

    /** The connected device of {@code role}; a setup error when no earlier step connected it. */
    static SimulatedDevice connected(ClauseContext context, String role) {
        SimulatedDevice device = context.device(role);
        if (!device.connected()) {
            throw StepFailure.error("device '" + role + "' is not connected: add a 'connect' step before this one");
        }
        return device;
    }

    /**
     * Checks the response to a CoAP or HTTP uplink request against the expected response codes
     * and message types, quoting the response that decided it.
     */
    static void checkResponse(SimulatedDevice.Request request, ReplyExpectation expect) {
        ReceivedMessage response = request.response();
        if (response == null) {
            throw StepFailure.error("the step expects a CoAP or HTTP response code, but the binding's protocol gives "
                    + "no response to an uplink (replies arrive as messages)");
        }
        String seen = "response " + response.responseCode()
                + (response.messageType() == null ? "" : " as " + response.messageType())
                + (response.payload() == null || response.payload().isEmpty() ? "" : " " + quote(response.payload()));
        if (!expect.responseCodes().isEmpty() && !expect.responseCodes().contains(response.responseCode())) {
            throw StepFailure.fail("expected response code " + String.join(" or ", expect.responseCodes())
                    + " to the uplink on " + request.message().topic() + "; observed " + seen);
        }
        if (!expect.messageTypes().isEmpty() && !expect.messageTypes().contains(response.messageType())) {
            throw StepFailure.fail("expected the response to the confirmable uplink on " + request.message().topic()
                    + " as " + String.join(" or ", expect.messageTypes()) + "; observed " + seen);
        }
    }

    /** Checks the platform's reply to an uplink request against the expectation. */
    static void checkReply(SimulatedDevice device, SimulatedDevice.Request request, ReplyExpectation expect) {
        if (expect.checksResponse()) {
            checkResponse(request, expect);
        }
        Reply reply = Outcomes.reply(device, request);
        int code = expect.code() == null ? device.successCode() : expect.code();
        if (reply.code() == null || reply.code() != code) {
            throw StepFailure.fail("expected reply code " + code + "; observed code " + reply.code()
                    + " in reply " + reply.message().raw());
        }
        if (expect.echoId() && !request.id().equals(reply.id())) {
            throw StepFailure.fail("expected the reply to echo request id " + request.id() + "; observed id "
                    + reply.id() + " in reply " + reply.message().raw());
        }
        if (request.correlationData() != null && !request.correlationData().equals(reply.correlationData())) {
            throw StepFailure.fail("expected the reply on the request's MQTT 5 Response Topic " + request.replyTopic()
                    + " to echo its Correlation Data '" + request.correlationData() + "'; observed "
                    + (reply.correlationData() == null ? "none" : "'" + reply.correlationData() + "'") + " in reply "
                    + reply.message().raw());
        }
    }

    /**
     * On a binding with MQTT 5 request/response, checks that the platform's request to the device
     * carries the Response Topic and Correlation Data the device's answer needs, quoting the request.
     */
    static void checkRequestResponse(SimulatedDevice device, Downlink request) {
        if (device.responseTopics() && (request.responseTopic() == null || request.correlationData() == null)) {
            throw StepFailure.fail("expected the platform's request on " + request.message().topic()
                    + " to carry an MQTT 5 Response Topic and Correlation Data (the binding answers requests there); "
                    + "observed Response Topic " + (request.responseTopic() == null ? "none" : request.responseTopic())
                    + ", Correlation Data " + (request.correlationData() == null ? "none" : request.correlationData())
                    + " in " + quote(request.message().raw()));
        }
    }

    /**
     * Whether {@code service} of {@code role}'s thing model is a sync (RRPC) service. A sync service
     * over a binding that carries no sync calls (no {@code syncServiceCall} flow) cannot be tested
     * there: the clause is NOT_APPLICABLE over that binding (and {@code validate} warns ahead).
     */
    static boolean sync(ClauseContext context, String role, String service) {
        boolean sync = context.profile().modelOf(role).service(service)
                .map(s -> s.callType() == Service.CallType.SYNC).orElse(false);
        if (sync && !context.binding().has("syncServiceCall")) {
            throw StepFailure.notApplicable("binding '" + context.binding().id() + "' has no syncServiceCall flow: it "
                    + "carries no sync (RRPC) calls, so sync service '" + service + "' cannot be called over it");
        }
        return sync;
    }

    /** Path variables for northbound calls about {@code role}'s device. */
    static Map<String, String> variables(ClauseContext context, String role, String identifier) {
        DeviceIdentity identity = context.identity(role);
        Map<String, String> variables = new HashMap<>();
        variables.put("productKey", identity.productKey());
        variables.put("deviceName", identity.deviceName());
        if (identifier != null) {
            variables.put("identifier", identifier);
        }
        return variables;
    }

    /** The device's property values as the northbound API reads them. */
    static JsonNode readValues(ClauseContext context, String role) {
        NorthboundResponse response = context.northbound().call("readProperties", variables(context, role, null), null);
        if (!response.success()) {
            throw StepFailure.fail("expected readProperties to succeed; observed HTTP " + response.status() + " "
                    + quote(response.body()));
        }
        JsonNode values = response.get("values");
        if (values == null || !values.isObject()) {
            throw StepFailure.fail("expected an object of property values in the readProperties response; observed "
                    + quote(response.body()));
        }
        return values;
    }

    /** The events of one kind the northbound API lists for the device. */
    static JsonNode listEvents(ClauseContext context, String role, String event) {
        NorthboundResponse response = context.northbound().call("listEvents", variables(context, role, event), null);
        if (!response.success()) {
            throw StepFailure.fail("expected listEvents to succeed; observed HTTP " + response.status() + " "
                    + quote(response.body()));
        }
        JsonNode events = response.get("events");
        if (events == null || !events.isArray()) {
            throw StepFailure.fail("expected a list of " + event + " events; observed " + quote(response.body()));
        }
        return events;
    }

    /** Quotes a JSON value or body for a reason, cut to a readable length. */
    static String quote(Object value) {
        String text = value instanceof JsonNode node ? node.toString() : String.valueOf(value);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
