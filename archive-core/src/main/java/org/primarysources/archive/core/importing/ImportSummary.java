package org.primarysources.archive.core.importing;

import java.time.Instant;

/** An import of a file: its name and SHA-256, the importer's version, who imported it and when. */
public record ImportSummary(long id, String fileName, String fileSha256, String importerVersion, String archivist,
                            Instant at) {
}
