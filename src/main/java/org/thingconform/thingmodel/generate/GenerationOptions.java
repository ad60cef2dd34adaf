package org.thingconform.thingmodel.generate;

import java.time.Instant;

/**
 * What value generation may vary: the seed (the same seed gives the same cases), whether
 * a data type's step is normative (only then are off-step values invalid), and the
 * instant "now" for date values.
 */
public record GenerationOptions(long seed, boolean stepNormative, Instant now) {
}
