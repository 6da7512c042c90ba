package org.primarysources.archive.core.record;

import org.primarysources.archive.core.history.TransitionSummary;

import java.util.List;

/** Command: retract a published record. Retraction is a new version; nothing is deleted. */
public record RetractRecord(long recordId, Integer baseVersion, String author, String approver, Long changeId,
                            List<TransitionSummary> review) {

    public RetractRecord {
        review = review == null ? List.of() : List.copyOf(review);
    }

    public RetractRecord(long recordId, Integer baseVersion, String author, String approver, Long changeId) {
        this(recordId, baseVersion, author, approver, changeId, List.of());
    }
}
