/**
 * What a run measured beyond verdicts: a fleet's counts, latency histogram and per-second series.
 * Plain data, imported by the protocol adapter that measures, the engine that judges and the reports
 * that draw; it imports none of them.
 */
package org.thingconform.measure;
