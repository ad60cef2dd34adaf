package org.thingconform.profile.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.source.SourceLocation;

/**
 * A lint report as JSON, for editors' tools and CI annotations: the profile, each finding
 * with rule, severity, clause, {@code file:line:column} location (and its parts), message,
 * and the counts.
 */
public final class LintJsonFormat {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LintJsonFormat() {
    }

    public static String format(LintReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("profile", SourceLocation.display(report.file()));
        var findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("rule", f.rule());
            node.put("severity", f.severity().label());
            node.put("clause", f.clause());
            node.put("location", f.location().toString());
            node.put("file", SourceLocation.display(f.location().file()));
            node.put("line", f.location().line());
            node.put("column", f.location().column());
            node.put("message", f.message());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("infos", report.count(Severity.INFO));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
