package org.primarysources.archive.core.source;

import org.primarysources.archive.core.history.ChainLink;
import org.primarysources.archive.core.publicationlog.LogEntry;

import java.util.List;

/**
 * A source version as stored, for the audit: its chain link, its transcription with the hash kept for it, the version
 * the source's row says is published, the log entry its stored fields make, and what in the source's row disagrees
 * with the hashed content (checked only for the published version).
 */
public record StoredSourceVersion(ChainLink link, String transcription, String transcriptionSha256,
                                  int publishedVersion, LogEntry logEntry, List<String> rowProblems) {

    public boolean transcriptionMatchesHash() {
        return Transcriptions.sha256(transcription).equals(transcriptionSha256);
    }
}
