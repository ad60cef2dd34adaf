package org.thingconform.result;

/** A profile file that took part in a run, with its SHA-256 so an archived report can be verified. */
public record ProfileFile(String id, String path, String sha256) {
}
