package org.primarysources.archive.search.export;

import org.primarysources.archive.core.citing.CitationFormat;
import org.primarysources.archive.core.web.ParamSpelling;

/** The file a researcher takes a search's results away in: a table, or citations for a reference manager. */
public enum ExportFormat implements ParamSpelling {
    /** A table, one row per hit (RFC 4180, UTF-8). */
    CSV("csv", "text/csv", "csv", null),
    RIS(CitationFormat.RIS),
    BIBTEX(CitationFormat.BIBTEX),
    CSL_JSON(CitationFormat.CSL_JSON);

    private final String param;
    private final String mediaType;
    private final String fileExtension;
    private final CitationFormat citations;

    /** A reference manager's file: spelt, typed and named as the single citation is. */
    ExportFormat(CitationFormat citations) {
        this(citations.param(), citations.mediaType(), citations.fileExtension(), citations);
    }

    ExportFormat(String param, String mediaType, String fileExtension, CitationFormat citations) {
        this.param = param;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
        this.citations = citations;
    }

    /** The value of the {@code format} query parameter, e.g. {@code csl-json}. */
    @Override
    public String param() {
        return param;
    }

    /** The media type of the file (UTF-8 text in every case). */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String fileExtension() {
        return fileExtension;
    }

    /** The citation format of a reference manager's file; null for the table. */
    CitationFormat citations() {
        return citations;
    }
}
