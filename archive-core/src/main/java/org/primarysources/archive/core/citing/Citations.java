package org.primarysources.archive.core.citing;

import jakarta.enterprise.context.ApplicationScoped;
import org.primarysources.archive.core.publicationlog.LogPosition;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.net.URI;
import java.time.LocalDate;

/**
 * Turns a published record into a citation a researcher takes to a reference manager or pastes into a paper.
 * What a citation contains is described on {@link CitedItem}: the record is the item, its source the container,
 * the version URL pins exactly what was read, and the notes carry the text and record hashes.
 */
@ApplicationScoped
public class Citations {

    private final CiteprocText text = new CiteprocText();

    /**
     * The citation of one version of a clause or quote.
     *
     * @param record     the published record version (an entity record cannot be cited)
     * @param source     the source the record cites (its first citation of this source gives the locator)
     * @param format     the output format
     * @param style      the style of {@link CitationFormat#TEXT}; ignored by the other formats; null means Chicago
     * @param versionUrl the permanent URL of this record version
     * @param accessed   the day the researcher consulted it
     * @return the citation, in the format's syntax (RIS lines end in CRLF)
     * @throws org.primarysources.archive.core.error.InvalidInputException for an entity record
     */
    public String cite(RecordDetails record, SourceDetails source, CitationFormat format, CitationStyle style,
                       URI versionUrl, LocalDate accessed) {
        return cite(record, source, format, style, versionUrl, accessed, null);
    }

    /**
     * As above, naming where the version stands in the archive's transparency log: a note in CSL-JSON, BibTeX and
     * RIS, a last sentence in text.
     *
     * @param log the version's log entry and checkpoint; null when it is not known
     */
    public String cite(RecordDetails record, SourceDetails source, CitationFormat format, CitationStyle style,
                       URI versionUrl, LocalDate accessed, LogPosition log) {
        CitedItem item = CitedItem.of(record, source, versionUrl, accessed, log);
        return switch (format) {
            case CSL_JSON -> CslJson.write(item);
            case BIBTEX -> BibTex.write(item);
            case RIS -> Ris.write(item);
            case TEXT -> text.render(item, style == null ? CitationStyle.CHICAGO_NOTES_BIBLIOGRAPHY : style)
                    + (log == null ? "" : " " + log.sentence());
        };
    }
}
