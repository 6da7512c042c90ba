package org.primarysources.archive.core.importing;

import java.time.Instant;

/**
 * An import batch with everything kept about it, as it leaves the archive in a bag and comes back into another:
 * the file it read byte for byte ({@code original}, null for a batch made before originals were kept) and its media
 * type, who imported it, when, with which importer, and what it made.
 */
public record ImportCopy(long importId, String fileName, String fileSha256, String importerVersion, String archivist,
                         Long sourceId, Integer sourceVersion, int clauses, int quotes, int entities,
                         Instant createdAt, String mediaType, byte[] original) {
}
