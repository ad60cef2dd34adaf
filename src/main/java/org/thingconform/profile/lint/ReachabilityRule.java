package org.thingconform.profile.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.thingconform.profile.Clause;
import org.thingconform.profile.step.AwaitDownlinkStep;
import org.thingconform.profile.step.AwaitServiceResultStep;
import org.thingconform.profile.step.ConnectStep;
import org.thingconform.profile.step.InvokeServiceStep;
import org.thingconform.profile.step.PeerInvokeServiceStep;
import org.thingconform.profile.step.PostEventStep;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.profile.step.Step;
import org.thingconform.source.SourceLocation;

/**
 * Rules {@code not-connected} and {@code unsaved-call}: steps that can never reach a
 * verdict because what they need was not set up earlier in the same clause. The engine
 * ends such a clause in ERROR every time. It runs {@code given} then {@code steps} in
 * order; a device is connected after a {@code connect} expecting {@code accepted} (a
 * connect expecting {@code refused} leaves it disconnected), devices do not stay connected
 * across clauses, and {@code saveAs} names live for one clause.
 */
final class ReachabilityRule implements LintRule {

    @Override
    public List<Finding> check(LintTarget target) {
        List<Finding> findings = new ArrayList<>();
        for (Clause clause : target.profile().clauses()) {
            List<Step> all = Stream.concat(clause.given().stream(), clause.steps().stream()).toList();
            Set<String> connected = new HashSet<>();
            Map<String, SourceLocation> refusedAt = new HashMap<>();
            Set<String> saved = new HashSet<>();
            for (int i = 0; i < all.size(); i++) {
                Step step = all.get(i);
                List<Step> later = all.subList(i + 1, all.size());
                if (step instanceof ConnectStep c) {
                    if (c.expectAccepted()) {
                        connected.add(c.device());
                    } else {
                        connected.remove(c.device());
                        refusedAt.put(c.device(), c.location());
                    }
                } else if (step instanceof InvokeServiceStep s) {
                    saved.add(s.saveAs());
                } else if (step instanceof PeerInvokeServiceStep s && s.saveAs() != null) {
                    saved.add(s.saveAs());
                } else if (step instanceof AwaitServiceResultStep a && !saved.contains(a.call())) {
                    findings.add(unsaved(clause, a, later));
                } else {
                    String device = deviceNeedingConnection(step);
                    if (device != null && !connected.contains(device)) {
                        findings.add(notConnected(clause, step, device, refusedAt, later));
                    }
                }
            }
        }
        return findings;
    }

    /** The device a step uses over MQTT, which must be connected; null for northbound steps. */
    private static String deviceNeedingConnection(Step step) {
        if (step instanceof PostPropertiesStep p) {
            return p.device();
        }
        if (step instanceof PostEventStep p) {
            return p.device();
        }
        if (step instanceof AwaitDownlinkStep d) {
            return d.device();
        }
        return null;
    }

    private static Finding unsaved(Clause clause, AwaitServiceResultStep step, List<Step> later) {
        String laterSave = later.stream().filter(s -> s instanceof InvokeServiceStep i && i.saveAs().equals(step.call())
                        || s instanceof PeerInvokeServiceStep p && step.call().equals(p.saveAs()))
                .findFirst().map(s -> " (an invokeService saves it later, at line " + s.location().line() + ")")
                .orElse("");
        return new Finding("unsaved-call", Severity.ERROR, clause.id(), step.location(),
                "awaitServiceResult waits for call '" + step.call() + "', but no earlier invokeService in this clause"
                        + " saved it" + laterSave + "; as written the clause always ends in ERROR, never PASS or FAIL");
    }

    private static Finding notConnected(Clause clause, Step step, String device, Map<String, SourceLocation> refusedAt,
                                        List<Step> later) {
        String why;
        String fix;
        if (refusedAt.containsKey(device)) {
            why = "its last connect, at line " + refusedAt.get(device).line() + ", expects refused";
            fix = "connect it again (expect: accepted) before this step, or refuse another device role";
        } else if (later.stream().anyMatch(s -> s instanceof ConnectStep c && c.device().equals(device) && c.expectAccepted())) {
            why = "it connects only later in the clause";
            fix = "move the connect before this step";
        } else {
            why = "no step of this clause connects it (devices do not stay connected across clauses)";
            fix = "add '- connect: {device: " + device + "}' to given";
        }
        return new Finding("not-connected", Severity.ERROR, clause.id(), step.location(),
                step.kind() + " needs device '" + device + "' connected, but " + why + "; " + fix
                        + "; as written the clause always ends in ERROR, never PASS or FAIL");
    }
}
