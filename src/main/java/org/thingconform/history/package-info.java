/**
 * What earlier runs said, kept in a history folder ({@code run --history DIR}): each clause's verdicts of the
 * last runs and a mark (newly failing, fixed, flaky) for the clause matrix, and the Allure report's own
 * history files, carried from one run to the next so its Trend shows the last runs.
 */
package org.thingconform.history;
