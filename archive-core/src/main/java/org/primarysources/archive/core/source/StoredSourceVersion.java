package org.primarysources.archive.core.source;

import org.primarysources.archive.core.history.ChainLink;

/** A source version as stored, for the audit: its chain link and its transcription with the hash kept for it. */
public record StoredSourceVersion(ChainLink link, String transcription, String transcriptionSha256) {

    public boolean transcriptionMatchesHash() {
        return Transcriptions.sha256(transcription).equals(transcriptionSha256);
    }
}
