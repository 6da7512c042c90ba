package org.primarysources.archive.core.record;

import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.history.ChainLink;

import java.util.List;

/** A record version as stored, for the audit: its chain link and whether it is the published one. */
public record StoredRecordVersion(ChainLink link, boolean published) {

    /** The citations stored in this version; throws if the content is not a readable record. */
    public List<CitationDetails> citations() {
        return RecordJson.read(link.content()).citations();
    }
}
