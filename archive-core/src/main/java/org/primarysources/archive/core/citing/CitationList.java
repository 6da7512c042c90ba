package org.primarysources.archive.core.citing;

import org.primarysources.archive.core.publicationlog.LogPosition;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Many records' citations in one file a reference manager imports, written as they come so that a long list never
 * sits in memory: a CSL-JSON array of items, BibTeX entries separated by a blank line, or RIS references one after
 * another. Each item is exactly what {@link Citations#cite} gives for that record alone; BibTeX keys are unique
 * because each names its record and version ({@code archive-record-42-v3}). {@link CitationFormat#TEXT} is not a
 * list format.
 */
public final class CitationList {

    private final Writer out;
    private final CitationFormat format;
    private int count;

    private CitationList(Writer out, CitationFormat format) {
        this.out = out;
        this.format = format;
    }

    /**
     * Starts a list; nothing is written before the first item or {@link #finish()}.
     *
     * @throws IllegalArgumentException for {@link CitationFormat#TEXT}
     */
    public static CitationList writingTo(Writer out, CitationFormat format) {
        Objects.requireNonNull(out, "out");
        if (format == CitationFormat.TEXT) {
            throw new IllegalArgumentException("a list of citations is CSL-JSON, BibTeX or RIS, not text");
        }
        return new CitationList(out, format);
    }

    /**
     * Writes the citation of one version of a clause or quote, with the arguments of {@link Citations#cite}.
     *
     * @throws org.primarysources.archive.core.error.InvalidInputException for an entity record (nothing is written)
     */
    public void add(RecordDetails record, SourceDetails source, URI versionUrl, LocalDate accessed, LogPosition log)
            throws IOException {
        CitedItem item = CitedItem.of(record, source, versionUrl, accessed, log);
        switch (format) {
            case CSL_JSON -> out.write((count == 0 ? "[\n" : ",\n") + CslJson.item(item));
            case BIBTEX -> out.write((count == 0 ? "" : "\n") + BibTex.write(item));
            case RIS -> out.write((count == 0 ? "" : "\r\n") + Ris.write(item));
            default -> throw new IllegalStateException(format + " is not a list format");
        }
        count++;
    }

    /** Ends the list (a CSL-JSON array is closed; an empty one is {@code []}) and flushes it. */
    public void finish() throws IOException {
        if (format == CitationFormat.CSL_JSON) {
            out.write(count == 0 ? "[]\n" : "\n]\n");
        }
        out.flush();
    }

    /** How many citations were written. */
    public int count() {
        return count;
    }
}
