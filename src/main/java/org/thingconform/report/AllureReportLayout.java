package org.thingconform.report;

/** How the Allure HTML report is laid out on disk. */
public enum AllureReportLayout {
    /**
     * One {@code index.html} with all data inlined: opens from the file system in any browser
     * and archives as a single file. The default.
     */
    SINGLE_FILE,
    /**
     * Allure's usual folder ({@code index.html}, {@code data/}, {@code history/}, …): needs a web
     * server to view ({@code allure open}), but keeps {@code history/} for trends across runs.
     */
    MULTI_FILE
}
