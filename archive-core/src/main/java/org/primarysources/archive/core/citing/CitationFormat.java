package org.primarysources.archive.core.citing;

import org.primarysources.archive.core.web.ParamSpelling;

/** The form a researcher takes a citation away in: for a reference manager, or as text to paste. */
public enum CitationFormat implements ParamSpelling {
    /** CSL-JSON, the item format of Zotero, Mendeley and citeproc processors. */
    CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", "json"),
    BIBTEX("bibtex", "application/x-bibtex", "bib"),
    RIS("ris", "application/x-research-info-systems", "ris"),
    /** One reference formatted in a {@link CitationStyle}. */
    TEXT("text", "text/plain", "txt");

    private final String param;
    private final String mediaType;
    private final String fileExtension;

    CitationFormat(String param, String mediaType, String fileExtension) {
        this.param = param;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    /** The value of the {@code format} query parameter, e.g. {@code csl-json}. */
    @Override
    public String param() {
        return param;
    }

    /** The media type of a response in this format (UTF-8 text in every case). */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot, that reference managers recognise. */
    public String fileExtension() {
        return fileExtension;
    }
}
