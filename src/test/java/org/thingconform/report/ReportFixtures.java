package org.thingconform.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.thingconform.result.ClauseInfo;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.result.ProfileFile;
import org.thingconform.result.RunInfo;
import org.thingconform.result.StandardInfo;
import org.thingconform.result.Verdict;
import org.thingconform.trace.TraceEntry;

/** Clause results and a run to write reports from. */
final class ReportFixtures {

    static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    static final StandardInfo STANDARD = new StandardInfo("alink-tsl", "Alink thing model", "1.0", "published",
            "https://example.org/alink");
    static final String FAIL_REASON = "expected code 200 but was <460> & params.temp=\"hot\"";

    private ReportFixtures() {
    }

    static ClauseInfo clause(String id, Level level, String chapter, String url) {
        return new ClauseInfo("tsl-alink-mqtt", STANDARD, id, level, chapter, "Summary of " + id,
                List.of("alink", "property"), url, "test-profiles/tsl-alink-mqtt.yaml:12:5");
    }

    static ClauseResult pass() {
        return new ClauseResult(clause("TM-5.2.1", Level.MUST, "5.2 Property post", "https://example.org/alink#5.2.1"),
                Verdict.PASS, null, T0, T0.plusMillis(120), List.of());
    }

    static ClauseResult fail(Level level) {
        return new ClauseResult(clause("TM-5.2.2", level, "5.2 Property post", null), Verdict.FAIL, FAIL_REASON,
                T0.plusMillis(200), T0.plusMillis(450), trace());
    }

    static ClauseResult notApplicable() {
        return new ClauseResult(clause("TM-6.1.1", Level.MUST, "6.1 Services", null), Verdict.NOT_APPLICABLE,
                "ICS item async-service not declared", T0.plusMillis(500), T0.plusMillis(501), List.of());
    }

    static ClauseResult withVerdict(String id, Level level, Verdict verdict) {
        return new ClauseResult(clause(id, level, "7 Misc", null), verdict,
                verdict == Verdict.PASS ? null : "because " + verdict, T0, T0.plusMillis(1), List.of());
    }

    static List<TraceEntry> trace() {
        return List.of(
                new TraceEntry(T0.plusMillis(210), TraceEntry.Direction.SENT, "mqtt", "PUBLISH",
                        "/sys/pk/dev1/thing/event/property/post", Map.of("qos", "1"),
                        "{\"id\":\"1\",\"params\":{\"temp\":21.5}}"),
                new TraceEntry(T0.plusMillis(260), TraceEntry.Direction.RECEIVED, "mqtt", "PUBLISH",
                        "/sys/pk/dev1/thing/event/property/post_reply", Map.of("qos", "0"),
                        "{\"id\":\"1\",\"code\":460}"));
    }

    static RunInfo run() {
        Map<String, Object> platform = Map.of(
                "name", "Reference <platform>",
                "mqtt", Map.of("host", "127.0.0.1", "port", 1883),
                "devices", Map.of("sensor", Map.of("productKey", "pk", "deviceName", "dev1",
                        "deviceSecret", "s3cr3t-value")),
                "northbound", Map.of("baseUrl", "http://127.0.0.1:8080", "auth",
                        Map.of("Password", "hunter2", "apiToken", "tok-123")),
                "ics", Map.of("async-service", false));
        return new RunInfo("0.1.0-TEST", T0, T0.plusSeconds(3), platform,
                List.of(new ProfileFile("tsl-alink-mqtt", "test-profiles/tsl-alink-mqtt.yaml", "ab".repeat(32))),
                List.of("drop-property-reply"));
    }
}
