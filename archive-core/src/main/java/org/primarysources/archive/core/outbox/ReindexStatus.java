package org.primarysources.archive.core.outbox;

import java.time.Instant;

/** Progress of a rebuild of the search index from the database. */
public record ReindexStatus(String state, long done, long total, String index, String error, Instant startedAt,
                            Instant finishedAt) {

    static ReindexStatus idle() {
        return new ReindexStatus("IDLE", 0, 0, null, null, null, null);
    }
}
