package org.thingconform.report;

/**
 * The inline style sheet shared by ThingConform's self-contained HTML reports (clause matrix,
 * mutation matrix), so they look alike and need nothing loaded from elsewhere.
 */
public final class ReportStyle {

    /** Page, tables, verdict badges ({@code .PASS}, {@code .FAIL}, …) and the overall verdict box. */
    public static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;\
            margin:2rem;color:#1f2328;line-height:1.4}
            h1{font-size:1.6rem;margin:0 0 1rem}
            h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
            table{border-collapse:collapse}
            th,td{border:1px solid #d0d7de;padding:.35rem .6rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}
            table.run th{width:10rem}
            section.fleet{margin:1rem 0 2rem} section.fleet h3{font-size:1rem} .charts svg{max-width:100%;height:auto;margin:.5rem 1rem 0 0}
            table.matrix{width:100%}
            table.matrix tbody tr:nth-child(even){background:#fafbfc}
            td.reason{white-space:pre-wrap;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;\
            font-size:.85rem}
            td.clause{white-space:nowrap}
            .badge{display:inline-block;padding:.1rem .5rem;border-radius:.8rem;font-size:.8rem;font-weight:600;\
            color:#fff;white-space:nowrap}
            .PASS{background:#1a7f37}
            .FAIL{background:#cf222e}
            .ERROR{background:#6e2b8e}
            .INCONCLUSIVE{background:#bf8700}
            .NOT_APPLICABLE{background:#6e7781}
            .NOT_RUN{background:#ffffff;color:#57606a;border:1px dashed #57606a}
            .counts{display:flex;gap:.75rem;flex-wrap:wrap}
            .count{border:1px solid #d0d7de;border-radius:.4rem;padding:.4rem .8rem;min-width:6rem}
            .count b{display:block;font-size:1.4rem}
            .verdict{font-size:1.1rem;font-weight:700;padding:.5rem .8rem;border-radius:.4rem;display:inline-block;\
            color:#fff;margin-top:.75rem}
            .conformant{background:#1a7f37}
            .nonconformant{background:#cf222e}
            .note{color:#57606a;font-size:.85rem}
            .intermittent{color:#cf222e;font-weight:600}
            .mark{font-weight:600}.mark.NEWLY_FAILING{color:#cf222e}.mark.FIXED{color:#1a7f37}.mark.FLAKY{color:#9a6700}
            td.history .badge{font-size:.7rem;padding:0 .3rem}
            ol.tries{margin:.25rem 0;padding-left:1.5rem}
            @media print{body{margin:0}.badge,.verdict{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    private ReportStyle() {
    }
}
