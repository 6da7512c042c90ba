package org.primarysources.archive.core.parsing;

/** A section heading of the article, as it stands on its own line of the transcription, starting at {@code start}. */
public record Heading(String text, int start) {
}
