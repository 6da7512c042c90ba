package org.primarysources.archive.core.review;

import org.primarysources.archive.core.record.RecordKind;

import java.time.Instant;

/** A change request in a list or queue. {@code label} is what a reviewer recognises it by. */
public record ChangeSummary(long id, ChangeState state, ChangeAction action, String target, Long recordId,
                            long sourceId, RecordKind kind, String label, String author, Long importId,
                            Instant createdAt, Instant updatedAt) {
}
