package org.primarysources.archive.core.record;

import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.history.ChainLink;
import org.primarysources.archive.core.publicationlog.LogEntry;

import java.util.List;

/**
 * A record version as stored, for the audit: its chain link; the version the record's row says is published; the log
 * entry its stored fields make (to compare with the one logged when it was published); and what in the record's row
 * or the version's row disagrees with the hashed content (checked only for the newest version).
 */
public record StoredRecordVersion(ChainLink link, int publishedVersion, LogEntry logEntry, List<String> rowProblems) {

    public boolean published() {
        return link.number() == publishedVersion;
    }

    /** The citations stored in this version; throws if the content is not a readable record. */
    public List<CitationDetails> citations() {
        return RecordJson.read(link.content()).citations();
    }
}
