package org.primarysources.archive.core.citing;

import org.primarysources.archive.core.error.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The form a researcher takes a citation away in: for a reference manager, or as text to paste. */
public enum CitationFormat {
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

    /** The format a {@code format} parameter names (case-insensitive); an unknown value is the caller's error. */
    public static CitationFormat ofParam(String param) {
        String wanted = param == null ? "" : param.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.param.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "unknown citation format '" + param
                        + "'; use one of " + Arrays.stream(values()).map(CitationFormat::param)
                        .collect(Collectors.joining(", "))));
    }
}
