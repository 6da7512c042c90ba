package org.primarysources.archive.core.importing;

import org.primarysources.archive.core.record.SourceRef;

import java.util.List;
import java.util.Map;

/**
 * What an import made: the source it transcribed (a draft), the change requests (one per draft), counts per kind
 * and how many cited texts were found verbatim in the new transcription.
 */
public record ImportResult(long id, SourceRef source, int sourceVersion, List<Long> changes,
                           Map<String, Integer> counts, int verified, long serverMillis) {
}
