package org.primarysources.archive.core.importing;

import java.time.Instant;

/**
 * An import of a file: its name and SHA-256, the importer's version, who imported it and when, and the media type
 * of the original file the archive keeps ({@code GET /api/imports/{id}/original}); null for imports made before
 * originals were kept.
 */
public record ImportSummary(long id, String fileName, String fileSha256, String importerVersion, String archivist,
                            Instant at, String mediaType) {

    /** Where the original file is served, relative to the API's base ({@code imports/7/original}); null if none. */
    public String originalPath() {
        return mediaType == null ? null : "imports/" + id + "/original";
    }
}
