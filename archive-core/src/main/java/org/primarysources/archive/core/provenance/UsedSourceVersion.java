package org.primarysources.archive.core.provenance;

/** A version of a source that a record quotes or transcribes: its title and the SHA-256 of its normalised text. */
public record UsedSourceVersion(long sourceId, int version, String title, String textHash) {
}
