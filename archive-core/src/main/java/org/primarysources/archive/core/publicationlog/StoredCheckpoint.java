package org.primarysources.archive.core.publicationlog;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A checkpoint the archive signed: the tree size and root hash it states, the signed note itself (what anyone may
 * keep), when it was made, and the RFC 3161 time stamp an outside authority gave it (null when none did).
 */
public record StoredCheckpoint(long size, byte[] rootHash, String note, Instant createdAt, byte[] timestampToken) {

    /** The columns {@link #of} reads, in order. */
    static final String COLUMNS = "size, root_hash, note, created_at, timestamp_token";

    static StoredCheckpoint of(Object[] row) {
        Object time = row[3];
        Instant createdAt = time instanceof OffsetDateTime offset ? offset.toInstant()
                : time instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) time;
        return new StoredCheckpoint(((Number) row[0]).longValue(), (byte[]) row[1], (String) row[2], createdAt,
                (byte[]) row[4]);
    }
}
