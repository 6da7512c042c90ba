package org.primarysources.archive.core.source;

/** The text of one version of a source's transcription, with its SHA-256. */
public record Transcription(long sourceId, int version, String title, String text, String sha256) {
}
