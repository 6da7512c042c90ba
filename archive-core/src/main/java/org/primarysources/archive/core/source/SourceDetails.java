package org.primarysources.archive.core.source;

import java.util.List;

/**
 * A published version of a source: a primary-source document and its transcription. {@code transcriptionHash}
 * is the SHA-256 of the normalised transcription text of this version; {@code transcription} is null where a list of
 * sources leaves it out ({@link Sources#metadata}).
 */
public record SourceDetails(long id, int version, String title, SourceType type, PartialDate date,
                            List<String> languages, String holdingInstitution, String callNumber, String url,
                            String rights, List<String> subjects, String transcription, String transcriptionHash,
                            String hash) {
}
