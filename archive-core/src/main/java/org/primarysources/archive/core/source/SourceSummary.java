package org.primarysources.archive.core.source;

/** A published source in a list: without its transcription. */
public record SourceSummary(long id, int version, String title, SourceType type, PartialDate date,
                            String transcriptionHash) {
}
