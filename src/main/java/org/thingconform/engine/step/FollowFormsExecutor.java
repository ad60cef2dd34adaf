package org.thingconform.engine.step;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.step.FollowFormsStep;
import org.thingconform.protocol.WotResponse;
import org.thingconform.protocol.http.HttpTransportException;
import org.thingconform.protocol.coap.CoapTransportException;
import org.thingconform.protocol.coap.WotCoapClient;
import org.thingconform.protocol.http.WotHttpClient;
import org.thingconform.thingmodel.wot.AffordanceKind;
import org.thingconform.thingmodel.wot.FormDefaults;
import org.thingconform.thingmodel.wot.FormTarget;
import org.thingconform.thingmodel.wot.ValueSamples;
import org.thingconform.validate.DataSchemaCheck;

/**
 * Follows the forms of a fetched TD for one operation: for each affordance with a form for the
 * operation (its op, or the op the TD's defaults imply), sends the operation over HTTP with the
 * method the form names or the TD implies, to the form's href rebased onto the descriptor's host
 * when it advertises another, and checks status, content type, data schema and read-back as asked.
 * Every affordance is tried; the reason names each one that failed.
 */
final class FollowFormsExecutor implements StepExecutor<FollowFormsStep> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void execute(FollowFormsStep step, ClauseContext context) {
        FetchedTd fetched = FetchedTd.of(context, step.thing());
        AffordanceKind kind = AffordanceKind.ofOp(step.op());
        List<String> failures = new ArrayList<>();
        int followed = 0;
        try (Client client = Client.of(step.protocol(), context)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = fetched.td().path(kind.member()).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> affordance = it.next();
                Form form = form(fetched, kind, affordance.getValue(), step.op(), step.protocol());
                if (form == null) {
                    continue;
                }
                followed++;
                String where = kind.member() + "/" + affordance.getKey();
                try {
                    String problem = follow(step, client, fetched, kind, affordance.getValue(), form);
                    if (problem != null) {
                        failures.add(where + ": " + problem);
                    }
                } catch (RuntimeException e) {
                    if (!(e instanceof HttpTransportException || e instanceof CoapTransportException)) {
                        throw e;
                    }
                    failures.add(where + ": " + e.getMessage());
                }
            }
        }
        if (followed == 0) {
            throw StepFailure.inconclusive("the TD of Thing '" + step.thing() + "' has no " + kind.member()
                    + " affordance with a " + step.protocol() + " form for " + step.op() + ", so there was nothing to follow");
        }
        if (!failures.isEmpty()) {
            throw StepFailure.fail(step.op() + (step.invalid() ? " with an invalid value" : "") + " on the forms of Thing '"
                    + step.thing() + "': " + failures.size() + " of " + followed + " affordance(s) failed: "
                    + String.join("; ", failures));
        }
    }

    /** A form to follow: its target, its method for the op, and its content type. */
    private record Form(FormTarget target, String method, String contentType) {
    }

    /** The client of one protocol, closed at the end of the step. */
    private interface Client extends AutoCloseable {

        WotResponse send(String method, java.net.URI uri, String contentType, String body, java.net.URI advertised);

        @Override
        void close();

        static Client of(String protocol, ClauseContext context) {
            java.time.Duration timeout = context.profile().timeouts().reply();
            if (protocol.equals("coap")) {
                WotCoapClient coap = new WotCoapClient(context.trace(), timeout);
                return new Client() {
                    @Override
                    public WotResponse send(String method, java.net.URI uri, String type, String body, java.net.URI advertised) {
                        return coap.send(method, uri, type, body, advertised);
                    }

                    @Override
                    public void close() {
                        coap.close();
                    }
                };
            }
            WotHttpClient http = new WotHttpClient(context.trace(), timeout, context.platform().tls());
            return new Client() {
                @Override
                public WotResponse send(String method, java.net.URI uri, String type, String body, java.net.URI advertised) {
                    return http.send(method, uri, type, body, advertised);
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /** The first form of {@code protocol} of {@code affordance} for {@code op}, or null when it has none. */
    private static Form form(FetchedTd fetched, AffordanceKind kind, JsonNode affordance, String op, String protocol) {
        for (JsonNode form : affordance.path("forms")) {
            if (!form.path("href").isTextual() || !FormDefaults.ops(kind, affordance, form).contains(op)) {
                continue;
            }
            FormTarget target;
            try {
                target = FormTarget.of(form.get("href").asText(), fetched.td().path("base").isTextual()
                        ? fetched.td().get("base").asText() : null, fetched.url());
            } catch (IllegalArgumentException e) {
                continue;
            }
            String scheme = target.uri().getScheme();
            if (protocol.equals("http") && ("http".equals(scheme) || "https".equals(scheme))) {
                return new Form(target, FormDefaults.httpMethod(form, op), FormDefaults.contentType(form));
            }
            if (protocol.equals("coap") && "coap".equals(scheme)) {
                return new Form(target, FormDefaults.coapMethod(form, op), FormDefaults.contentType(form));
            }
        }
        return null;
    }

    /** Carries out the operation on one affordance; the problem, or null when all went as expected. */
    private static String follow(FollowFormsStep step, Client client, FetchedTd fetched, AffordanceKind kind,
                                 JsonNode affordance, Form form) {
        return switch (step.op()) {
            case "readproperty" -> {
                WotResponse response = send(client, form, null);
                String problem = expectSuccess(response, form, step);
                yield problem != null ? problem : checkValue(response, affordance, "the value read", step);
            }
            case "writeproperty" -> write(step, client, fetched, kind, affordance, form);
            case "invokeaction" -> {
                JsonNode input = affordance.get("input");
                JsonNode value = input == null ? null
                        : step.invalid() ? ValueSamples.invalid(input) : ValueSamples.valid(input, null);
                WotResponse response = send(client, form, value);
                if (step.invalid()) {
                    yield expectClientError(response, form, value);
                }
                String problem = expectSuccess(response, form, step);
                yield problem != null || !affordance.has("output") ? problem
                        : checkValue(response, affordance.get("output"), "the action's output", step);
            }
            default -> {
                WotResponse response = send(client, form, null);
                String problem = expectSuccess(response, form, step);
                yield problem != null ? problem : checkValue(response, affordance.get("data"), "the event data", step);
            }
        };
    }

    private static String write(FollowFormsStep step, Client client, FetchedTd fetched, AffordanceKind kind,
                                JsonNode affordance, Form form) {
        Form read = form(fetched, kind, affordance, "readproperty", step.protocol());
        JsonNode current = null;
        if (read != null && !step.invalid()) {
            WotResponse before = send(client, read, null);
            current = before == null || !before.success() ? null : parse(before.body());
        }
        JsonNode value = step.invalid() ? ValueSamples.invalid(affordance) : ValueSamples.valid(affordance, current);
        WotResponse response = send(client, form, value);
        if (step.invalid()) {
            return expectClientError(response, form, value);
        }
        String problem = expectSuccess(response, form, step);
        if (problem != null || !step.checks().contains("readBack")) {
            return problem;
        }
        if (read == null) {
            return "readBack asked for, but the property has no HTTP form for readproperty";
        }
        WotResponse after = send(client, read, null);
        if (after == null || !after.success()) {
            return "expected to read back " + value + " with " + read.method() + " " + read.target().uri()
                    + "; observed " + describe(after);
        }
        JsonNode readBack = parse(after.body());
        return same(value, readBack) ? null : "wrote " + value + " with " + form.method() + " " + form.target().uri()
                + " (answered " + describe(response) + "), expected to read it back; observed " + Devices.quote(after.body());
    }

    private static WotResponse send(Client client, Form form, JsonNode value) {
        return client.send(form.method(), form.target().uri(), form.contentType(), value == null ? null : value.toString(),
                form.target().rebased() ? form.target().advertised() : null);
    }

    private static String expectSuccess(WotResponse response, Form form, FollowFormsStep step) {
        if (response == null || !response.success()) {
            return "expected a success status to " + form.method() + " " + form.target().uri() + "; observed "
                    + describe(response);
        }
        if (step.checks().contains("contentType")) {
            String type = response.contentType() == null ? null : response.contentType().split(";")[0].trim();
            if (!form.contentType().equalsIgnoreCase(type)) {
                return "expected content type " + form.contentType() + " (the form's, or the TD default) from "
                        + form.method() + " " + form.target().uri() + "; observed " + (type == null ? "none" : type);
            }
        }
        return null;
    }

    private static String expectClientError(WotResponse response, Form form, JsonNode value) {
        if (response != null && response.clientError()) {
            return null;
        }
        return "expected a client error (4xx) to " + form.method() + " " + form.target().uri() + " with the invalid value "
                + value + "; observed " + describe(response);
    }

    private static String checkValue(WotResponse response, JsonNode schema, String what, FollowFormsStep step) {
        if (!step.checks().contains("dataSchema") || schema == null) {
            return null;
        }
        JsonNode value = parse(response.body());
        if (value == null) {
            return "expected " + what + " as JSON; observed " + Devices.quote(response.body());
        }
        List<String> violations = DataSchemaCheck.violations(schema, value);
        return violations.isEmpty() ? null : "expected " + what + " " + value + " to fit its data schema; observed "
                + String.join(", ", violations);
    }

    private static boolean same(JsonNode expected, JsonNode observed) {
        if (observed == null) {
            return false;
        }
        if (expected.isNumber() && observed.isNumber()) {
            return expected.asDouble() == observed.asDouble();
        }
        return expected.equals(observed);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String describe(WotResponse response) {
        return response == null ? "no answer within the timeout"
                : "status " + response.status() + " " + Devices.quote(response.body());
    }
}
