package org.thingconform.profile.coverage;

import org.thingconform.result.Level;
import org.thingconform.source.SourceLocation;

/**
 * One normative statement of a standard, as the statement list writes it: its id in the standard, its level, the
 * section, whom it binds, a one-line paraphrase in ThingConform's own words (the specification's text is the
 * authority), and why the suite cannot test it, when it cannot.
 *
 * @param untestable why the suite cannot test it (e.g. "binds only the client"), or null
 * @param location   where the list writes it
 */
public record Statement(String id, Level level, String section, Binds binds, String says, String untestable,
                        SourceLocation location) {
}
