package org.thingconform.profile;

import java.util.List;
import java.util.Map;
import org.thingconform.profile.step.PostEventStep;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.profile.step.ReplyExpectation;
import org.thingconform.profile.step.Step;
import org.thingconform.source.BadInputException;
import org.thingconform.source.InputProblem;
import org.thingconform.source.Warnings;
import org.thingconform.thingmodel.Service;
import org.thingconform.thingmodel.ThingModel;

/**
 * What a clause's steps ask of the bindings it runs over, checked when the profile loads so that
 * {@code validate} and {@code run} find it before anything runs instead of an ERROR at run time.
 * The rule: what no platform could ever give over a binding is an error at the step (a response
 * code expected over MQTT, which has no response to an uplink); what a platform may offer or not
 * over a binding is a warning at the clause, and the clause is NOT_APPLICABLE over that binding at
 * run time (a sync service call over a binding without a {@code syncServiceCall} flow).
 */
final class ClauseBindingChecks {

    private ClauseBindingChecks() {
    }

    /**
     * Checks every clause against the bindings it runs over.
     *
     * @throws BadInputException at the first step that expects what its binding cannot give
     */
    static void check(List<Clause> clauses, List<Binding> bindings, Map<String, String> devices,
                      Map<String, ThingModel> models, Warnings warnings) {
        responseExpectations(clauses, bindings);
        deviceFleetsOverMqtt(clauses, bindings);
        warnSyncWithoutFlow(clauses, bindings, devices, models, warnings);
    }

    /** A CoAP or HTTP response code or message type expected of a binding whose protocol answers uplinks with messages. */
    private static void responseExpectations(List<Clause> clauses, List<Binding> bindings) {
        for (Clause clause : clauses) {
            List<Binding> over = bindings.stream().filter(b -> b != Binding.NO_DEVICE)
                    .filter(b -> clause.bindings().isEmpty() || clause.bindings().contains(b.id())).toList();
            for (Step step : java.util.stream.Stream.concat(clause.given().stream(), clause.steps().stream()).toList()) {
                ReplyExpectation expect = step instanceof PostPropertiesStep p ? p.expect()
                        : step instanceof PostEventStep e ? e.expect() : null;
                if (expect == null || (expect.responseCodes().isEmpty() && expect.messageTypes().isEmpty())) {
                    continue;
                }
                List<String> without = over.stream().filter(b -> !b.requestResponse()).map(Binding::id).toList();
                if (!without.isEmpty()) {
                    List<String> with = over.stream().filter(Binding::requestResponse).map(Binding::id).toList();
                    throw new BadInputException(step.location(), step.kind() + " expects a CoAP or HTTP response "
                            + (expect.responseCodes().isEmpty() ? "message type" : "code") + ", which binding(s) "
                            + without + " of clause " + clause.id() + " cannot give (their protocol answers an uplink "
                            + "with a reply message, not a response)", with.isEmpty()
                            ? "the expectation on a clause that runs over a coap or http binding"
                            : "the clause limited to the bindings that give one, e.g. bindings: " + with);
                }
            }
        }
    }

    /**
     * A {@code deviceFleet} over a binding that is not MQTT 3.1.1: its devices are MQTT 3.1.1 connections of the
     * fleet driver, which speaks no CoAP, HTTP or MQTT 5 (request/response properties), so the clause is refused at
     * its step rather than run where it could only be NOT_APPLICABLE.
     */
    private static void deviceFleetsOverMqtt(List<Clause> clauses, List<Binding> bindings) {
        for (Clause clause : clauses) {
            List<Binding> over = bindings.stream().filter(b -> b != Binding.NO_DEVICE)
                    .filter(b -> clause.bindings().isEmpty() || clause.bindings().contains(b.id())).toList();
            for (Step step : java.util.stream.Stream.concat(clause.given().stream(), clause.steps().stream()).toList()) {
                if (!(step instanceof org.thingconform.profile.step.DeviceFleetStep)) {
                    continue;
                }
                List<String> other = over.stream().filter(b -> !b.protocol().equals("mqtt"))
                        .map(b -> b.id() + " (" + b.protocol() + ")").toList();
                if (!other.isEmpty()) {
                    List<String> mqtt = over.stream().filter(b -> b.protocol().equals("mqtt")).map(Binding::id).toList();
                    throw new BadInputException(step.location(), "deviceFleet drives MQTT 3.1.1 devices, but clause "
                            + clause.id() + " runs over binding(s) " + other, mqtt.isEmpty()
                            ? "the clause in a profile with a binding of protocol mqtt"
                            : "the clause limited to its MQTT bindings, e.g. bindings: " + mqtt);
                }
            }
        }
    }

    /**
     * Warns, at the clause, of each clause that calls a sync (RRPC) service over a binding without a
     * {@code syncServiceCall} flow: over that binding the clause will be NOT_APPLICABLE (the run says
     * the same), found before anything runs.
     */
    static void warnSyncWithoutFlow(List<Clause> clauses, List<Binding> bindings, Map<String, String> devices,
                                            Map<String, ThingModel> models, Warnings warnings) {
        for (Clause clause : clauses) {
            java.util.Set<String> sync = new java.util.TreeSet<>();
            Generation generate = clause.generate();
            if (generate != null && generate.forEach() == Generation.Element.SERVICE
                    && (generate.callType() == null || generate.callType() == Service.CallType.SYNC)) {
                List<String> roles = generate.device() != null ? List.of(generate.device()) : List.copyOf(devices.keySet());
                roles.forEach(role -> models.get(devices.get(role)).services().stream()
                        .filter(service -> service.callType() == Service.CallType.SYNC)
                        .forEach(service -> sync.add(service.identifier())));
            }
            java.util.stream.Stream.concat(clause.given().stream(), clause.steps().stream())
                    .forEach(step -> syncService(step, devices, models).ifPresent(sync::add));
            if (sync.isEmpty()) {
                continue;
            }
            for (Binding binding : bindings) {
                if (binding != Binding.NO_DEVICE && !binding.has("syncServiceCall")
                        && (clause.bindings().isEmpty() || clause.bindings().contains(binding.id()))) {
                    warnings.warn(InputProblem.warning(clause.location(), "clause " + clause.id() + " calls sync service "
                            + String.join(", ", sync) + ", but binding '" + binding.id() + "' has no syncServiceCall flow: "
                            + "over it the clause will be NOT_APPLICABLE", "a syncServiceCall flow where the platform "
                            + "offers sync (RRPC) calls over this protocol"));
                }
            }
        }
    }

    /** The sync service a step calls or waits for, if it does. */
    private static java.util.Optional<String> syncService(Step step, Map<String, String> devices,
                                                          Map<String, ThingModel> models) {
        String device;
        String service;
        if (step instanceof org.thingconform.profile.step.InvokeServiceStep s) {
            device = s.device();
            service = s.service();
        } else if (step instanceof org.thingconform.profile.step.AwaitDownlinkStep s) {
            device = s.device();
            service = s.service();
        } else if (step instanceof org.thingconform.profile.step.ServiceInputCheckStep s) {
            device = s.device();
            service = s.service();
        } else {
            return java.util.Optional.empty();
        }
        if (device == null || service == null || !devices.containsKey(device)) {
            return java.util.Optional.empty();
        }
        return models.get(devices.get(device)).service(service)
                .filter(found -> found.callType() == Service.CallType.SYNC).map(found -> service);
    }
}
