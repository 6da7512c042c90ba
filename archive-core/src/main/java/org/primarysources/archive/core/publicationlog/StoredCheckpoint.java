package org.primarysources.archive.core.publicationlog;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A checkpoint the archive signed: the tree size and root hash it states, the signed note itself (what anyone may
 * keep), and when it was made.
 */
public record StoredCheckpoint(long size, byte[] rootHash, String note, Instant createdAt) {

    static StoredCheckpoint of(Object[] row) {
        Object time = row[3];
        Instant createdAt = time instanceof OffsetDateTime offset ? offset.toInstant()
                : time instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) time;
        return new StoredCheckpoint(((Number) row[0]).longValue(), (byte[]) row[1], (String) row[2], createdAt);
    }
}
