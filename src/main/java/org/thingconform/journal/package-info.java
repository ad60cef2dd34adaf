/**
 * The run journal: an append-only file, {@code journal.jsonl} in a run's results folder, that
 * makes a run evidence a crash cannot erase. Its first line is the {@link RunRequest} (what was
 * asked, with the digest of every input); then one line per test result, written and forced to
 * disk the moment the test finishes, keyed by the test's JUnit unique id; then a line per
 * resume and one when the run completed. Order between result lines carries no meaning, so
 * tests finishing on several threads append to it as they finish. {@code thingconform report}
 * renders a crashed run from it; {@code thingconform run --resume} runs only what it lacks.
 */
package org.thingconform.journal;
