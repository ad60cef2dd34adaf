package org.thingconform.profile.lint;

import org.thingconform.source.SourceLocation;

/** Prints a lint report the way compilers print diagnostics: one finding a line, then a summary line. */
public final class LintTextFormat {

    private LintTextFormat() {
    }

    public static String format(LintReport report) {
        StringBuilder out = new StringBuilder();
        report.findings().forEach(f -> out.append(f.toText()).append('\n'));
        out.append(SourceLocation.display(report.file())).append(": ")
                .append(plural(report.count(Severity.ERROR), "error")).append(", ")
                .append(plural(report.count(Severity.WARNING), "warning")).append(", ")
                .append(plural(report.count(Severity.INFO), "info")).append('\n');
        return out.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
